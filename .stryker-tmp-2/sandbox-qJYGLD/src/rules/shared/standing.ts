// @ts-nocheck
import type { UserId } from '../../domain/ids.js'
import type { RuleContext } from '../../rule/rule.js'
import { derivation } from '../../rule/memo.js'
import type { Membership, ModelRecord, RoleRecord, SelectiveAccessGrants, UserRecord } from '../../snapshot/tenant/types.js'

/**
 * What the world holds about one user in one model: their record, their membership of the model's
 * workspace, their model role and their selective-access grants. Every layer of a cell decision reads
 * some of it; a decider derives it once per user and model (it never changes in one world).
 *
 * @example
 * ```ts
 * const admin = (standing: Standing) => standing.membership?.admin === true
 * ```
 */
export interface Standing {
  readonly user: UserRecord | undefined
  readonly membership: Membership | undefined
  readonly role: RoleRecord | undefined
  readonly grants: SelectiveAccessGrants | undefined
}

const standings = derivation((model: ModelRecord, user: string, world): Standing => {
  const id = user as UserId
  const roleId = model.assignments.get(id)
  return Object.freeze({
    user: world.tenant?.users.get(id),
    membership: world.tenant?.workspaces.get(model.workspace)?.members.get(id),
    role: roleId === undefined ? undefined : model.roles.get(roleId),
    grants: model.selectiveAccess.get(id),
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
