// @ts-nocheck
import { id } from '../../domain/ids.js'
import type { Request } from '../../domain/request.js'
import type { Session } from '../../domain/subject.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { AccountUserRecord } from '../../snapshot/account/types.js'
import type { AdditionalRole, BaseRole } from '../../snapshot/input/account.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import { unknownId } from '../shared/lookups.js'
import { sessionAdditionalRoles, sessionBaseRole, rolesAwaitingSession } from './session.js'

/**
 * The account user behind a request with the roles their session may use, and the gate verdicts.
 *
 * @example
 * ```ts
 * const holder: Holder | Verdicts = holderOf(request, context.world)
 * if ('user' in holder) holder.baseRole // 'user', or undefined when the session predates it
 * ```
 */
export interface Holder {
  readonly user: AccountUserRecord
  /** The base role of this session; undefined when the session predates every base-role grant. */
  readonly baseRole: BaseRole | undefined
  readonly additionalRoles: readonly AdditionalRole[]
  /** Gates (locked, workspace, no base role) and warnings about roles awaiting a fresh session. */
  readonly gates: Verdicts
}

const workspaceGate = (world: Snapshot, user: AccountUserRecord, request: Request): Verdicts => {
  if (request.resource.kind !== 'account' || request.resource.workspace === undefined) return verdict.skip
  const workspace = request.resource.workspace
  if (world.account?.workspaces.has(workspace) !== true) return unknownId('workspace', workspace)
  return user.workspaces.has(workspace) ? verdict.skip : verdict.cap(0, reason('account_roles.not_workspace_member', { workspace }))
}

const sessionVerdicts = (user: AccountUserRecord, session: Session | undefined, baseRole: BaseRole | undefined): Verdicts =>
  verdict.concat(
    ...rolesAwaitingSession(user, session).map((awaiting) => {
      const said = reason('account_roles.session_predates_role', { role: awaiting.role, grantedAt: awaiting.grantedAt })
      return baseRole === undefined && awaiting.role === user.baseRole.role ? verdict.cap(0, said) : verdict.warn(said)
    }),
  )

/**
 * Finds the account user of a request and what their session may use. Every account act is gated by the
 * account being unlocked (F68), by membership of the workspace the resource names (A24) and by a base
 * role this session may use (A47).
 *
 * @example
 * ```ts
 * const holder = holderOf(request, context.world)
 * if ('user' in holder) holder.additionalRoles // roles this session may use
 * ```
 */
export const holderOf = (request: Request, world: Snapshot): Holder | Verdicts => {
  if (request.subject.kind !== 'user')
    return verdict.cap(0, reason('request.subject_not_supported', { subject: request.subject.kind, action: request.action.type }))
  if (world.account === undefined) return unknownId('account', 'account')
  const user = world.account.users.get(id.user(request.subject.id))
  if (user === undefined) return unknownId('user', request.subject.id)
  const session = request.subject.session
  const baseRole = sessionBaseRole(user, session)
  const locked = user.locked ? verdict.cap(0, reason('account_roles.locked', { user: user.id })) : verdict.skip
  return {
    user,
    baseRole,
    additionalRoles: sessionAdditionalRoles(user, session),
    gates: verdict.concat(locked, workspaceGate(world, user, request), sessionVerdicts(user, session, baseRole)),
  }
}
