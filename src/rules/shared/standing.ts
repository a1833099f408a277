import type { UserId } from '../../domain/ids.js'
import type { RuleContext } from '../../rule/rule.js'
import { derivation } from '../../rule/memo.js'
import { itemRanks, type ItemRanks } from '../../snapshot/tenant/item-ranks.js'
import type { Membership, ModelRecord, RoleRecord, UserRecord } from '../../snapshot/tenant/types.js'

/**
 * What the world holds about one user in one model: their record, their membership of the model's
 * workspace, their model role and their selective-access grants by item number (a standing is the
 * user's {@link ItemRanks}), with the two flags every cell request reads. Every layer of a cell
 * decision reads some of it; a decider derives it once per user and model (it never changes in one
 * world), as one entry of its memo, so that a request of a user it holds costs one lookup and touches
 * three small objects (the standing and its two arrays), and one it no longer holds one derivation,
 * O(the user's grants). Its size follows the user's grants, never a list's length.
 *
 * @example
 * ```ts
 * const admin = (standing: Standing) => standing.admin
 * ```
 */
export interface Standing extends ItemRanks {
  readonly user: UserRecord | undefined
  readonly membership: Membership | undefined
  readonly role: RoleRecord | undefined
  /** Whether the user's account is disabled (`enabled: false`, F5). */
  readonly disabled: boolean
  /** Whether the user administers the model's workspace (`membership.admin`). */
  readonly admin: boolean
  /** What it counts against a decider's memo: the grants' bytes and the record's own. */
  readonly byteLength: number
}

const standings = derivation((model: ModelRecord, user: string, world): Standing => {
  const id = user as UserId
  const record = world.tenant?.users.get(id)
  const membership = world.tenant?.workspaces.get(model.workspace)?.members.get(id)
  const roleId = model.assignments.get(id)
  const ranks = itemRanks(model, model.selectiveAccess.get(id))
  return Object.freeze({
    user: record,
    membership,
    role: roleId === undefined ? undefined : model.roles.get(roleId),
    disabled: record?.enabled === false,
    admin: membership?.admin === true,
    lists: ranks.lists,
    keys: ranks.keys,
    byteLength: 80 + ranks.byteLength,
  })
})

/**
 * A user's {@link Standing} in a model, from the decider's memo.
 *
 * @example
 * ```ts
 * const role = standingIn(context, model, id.user('ana')).role
 * ```
 */
export const standingIn = (context: RuleContext, model: ModelRecord, user: UserId): Standing => context.memo.get(standings, model, user)
