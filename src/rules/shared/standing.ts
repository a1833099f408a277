import type { UserId } from '../../domain/ids.js'
import type { RuleContext } from '../../rule/rule.js'
import { derivation } from '../../rule/memo.js'
import { itemRanks, itemRanksBytes, type ItemRanks } from '../../snapshot/tenant/item-ranks.js'
import type { Membership, ModelRecord, RoleRecord, SelectiveAccessGrants, UserRecord } from '../../snapshot/tenant/types.js'

/**
 * What the world holds about one user in one model: their record, their membership of the model's
 * workspace, their model role and their selective-access grants by item number ({@link ItemRanks}),
 * with the two flags every cell request reads. Every layer of a cell decision reads some of it; a
 * decider derives it once per user and model (it never changes in one world), as one entry of its memo,
 * so that a request of a user it holds costs one lookup, and one it no longer holds one derivation. The
 * grants by item number are derived on first read, O(the user's grants): a decision that never reaches
 * a cell (a module permission, a role's impact over its holders) never pays for them. Its size follows
 * the user's grants, never a list's length.
 *
 * @example
 * ```ts
 * const admin = (standing: Standing) => standing.admin
 * ```
 */
export interface Standing {
  readonly user: UserRecord | undefined
  readonly membership: Membership | undefined
  readonly role: RoleRecord | undefined
  /** Whether the user's account is disabled (`enabled: false`, F5). */
  readonly disabled: boolean
  /** Whether the user administers the model's workspace (`membership.admin`). */
  readonly admin: boolean
  /** The user's selective-access grants by item number, derived on first read. */
  readonly ranks: ItemRanks
  /** What it counts against a decider's memo: the grants' bytes (as {@link ItemRanks} will hold them) and the record's own. */
  readonly byteLength: number
}

class UserStanding implements Standing {
  readonly disabled: boolean
  readonly admin: boolean
  readonly byteLength: number
  private held: ItemRanks | undefined = undefined

  constructor(
    private readonly model: ModelRecord,
    private readonly grants: SelectiveAccessGrants | undefined,
    readonly user: UserRecord | undefined,
    readonly membership: Membership | undefined,
    readonly role: RoleRecord | undefined,
  ) {
    this.disabled = user?.enabled === false
    this.admin = membership?.admin === true
    this.byteLength = 80 + itemRanksBytes(grants)
  }

  get ranks(): ItemRanks {
    return (this.held ??= itemRanks(this.model, this.grants))
  }
}

const standings = derivation((model: ModelRecord, user: string, world): Standing => {
  const id = user as UserId
  const roleId = model.assignments.get(id)
  return new UserStanding(
    model,
    model.selectiveAccess.get(id),
    world.tenant?.users.get(id),
    world.tenant?.workspaces.get(model.workspace)?.members.get(id),
    roleId === undefined ? undefined : model.roles.get(roleId),
  )
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
