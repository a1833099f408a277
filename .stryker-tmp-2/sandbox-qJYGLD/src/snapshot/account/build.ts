// @ts-nocheck
import { id, type UserId, type WorkspaceId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, indexById } from '../index-by-id.js'
import type { AccountInput, AccountUserInput, AdditionalRole } from '../input/account.js'
import type { AccountSnapshot, AccountUserRecord } from './types.js'

const additionalRoles = (user: AccountUserInput, at: string, problems: Problems): ReadonlyMap<AdditionalRole, number> => {
  const roles = new Map<AdditionalRole, number>()
  ;(user.additionalRoles ?? []).forEach((grant, index) => {
    if (roles.has(grant.role)) problems.report('duplicate_id', `${at}.additionalRoles[${index}].role`, `additional role '${grant.role}' is listed twice`)
    else roles.set(grant.role, grant.grantedAt)
  })
  return roles
}

const memberships = (user: AccountUserInput, at: string, known: ReadonlyMap<WorkspaceId, unknown>, problems: Problems): ReadonlySet<WorkspaceId> => {
  const result = new Set<WorkspaceId>()
  ;(user.workspaces ?? []).forEach((workspace, index) => {
    const path = `${at}.workspaces[${index}]`
    if (!checkRef(known, workspace, path, 'workspace', problems)) return
    if (result.has(id.workspace(workspace))) problems.report('duplicate_id', path, `workspace '${workspace}' is listed twice`)
    result.add(id.workspace(workspace))
  })
  return result
}

/**
 * Compiles the account section, reporting every integrity error under `path`.
 *
 * @example
 * ```ts
 * const snapshot = buildAccount({ users: [{ id: 'ana', baseRole: { role: 'user', grantedAt: 0 } }] }, 'account', problems())
 * ```
 */
export const buildAccount = (input: AccountInput, path: string, problems: Problems): AccountSnapshot => {
  const workspaces = indexById<WorkspaceId, { readonly id: string }, true>(input.workspaces ?? [], `${path}.workspaces`, problems, () => true)
  const users = indexById<UserId, AccountUserInput, AccountUserRecord>(input.users, `${path}.users`, problems, (user, index) => {
    const at = `${path}.users[${index}]`
    return {
      id: id.user(user.id),
      baseRole: { role: user.baseRole.role, grantedAt: user.baseRole.grantedAt, previous: user.baseRole.previous },
      additionalRoles: additionalRoles(user, at, problems),
      workspaces: memberships(user, at, workspaces, problems),
      locked: user.locked ?? false,
    }
  })
  return { workspaces: new Set(workspaces.keys()), users }
}
