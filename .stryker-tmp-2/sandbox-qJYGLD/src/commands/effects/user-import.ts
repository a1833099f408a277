// @ts-nocheck
import { reason } from '../../decision/reason.js'
import type { Decision } from '../../decision/decision.js'
import type { ImportUsers } from '../../domain/actions/workspace.js'
import type { ModelId, RoleId } from '../../domain/ids.js'
import { builtInRoles } from '../../snapshot/tenant/roles.js'
import type { TenantSnapshot, WorkspaceRecord } from '../../snapshot/tenant/types.js'
import type { UserImportCommand, UserImportRow } from '../command.js'
import { putModelAccess, putUser } from '../edit.js'
import { joinWorkspace, noAccessEverywhere } from './membership.js'
import { foldRows, type RowStep, type RowsResult } from './rows.js'

interface Placement {
  readonly model: ModelId
  readonly role: RoleId
}

const integrity = (path: string, message: string): RowStep => ({ tag: 'rejected', reasons: [reason('commands.integrity', { path, message })] })

/** The row's model and role, checked against the workspace, or the refusal. */
const modelRole = (tenant: TenantSnapshot, workspace: WorkspaceRecord, row: UserImportRow, at: string): RowStep | Placement | undefined => {
  if (row.model === undefined) return row.role === undefined ? undefined : integrity(`${at}.role`, 'a role needs the model it is for')
  if (!workspace.models.includes(row.model)) return integrity(`${at}.model`, `model '${row.model}' is not in workspace '${workspace.id}'`)
  const role = row.role ?? builtInRoles.noAccess
  if (tenant.models.get(row.model)?.roles.has(role) !== true) return integrity(`${at}.role`, `model '${row.model}' has no role '${role}'`)
  return { model: row.model, role }
}

/**
 * R26, R31, F33, A42: a user import, row by row. A row for a member updates attributes (email, the role
 * in the row's model; the No Access role also clears their selective access there, F46); a row for a
 * non-member adds them as a non-administrator (F33) when the import's mode is `add`. Each row is
 * decided as `workspace.importUsers` with the mode it needs, so the user-management switch rejects
 * additions and lets updates through (R31, A42).
 *
 * @example
 * ```ts
 * importUsers(tenant, command, (mode) => decider(command.actor, { type: 'workspace.importUsers', mode }, command.resource))
 * ```
 */
export const importUsers = (
  tenant: TenantSnapshot,
  command: UserImportCommand,
  decideRow: (mode: ImportUsers['mode']) => Decision,
): RowsResult | undefined => {
  const resource = command.resource
  const workspace = resource.kind === 'workspace' ? tenant.workspaces.get(resource.id) : undefined
  if (workspace === undefined) return undefined
  return foldRows(tenant, command.rows, (current, row, index): RowStep => {
    const at = `rows[${index}]`
    const user = current.users.get(row.user)
    if (user === undefined) return { tag: 'rejected', reasons: [reason('request.unknown_id', { kind: 'user', id: row.user })] }
    const member = current.workspaces.get(workspace.id)?.members.has(user.id) === true
    if (!member && command.action.mode === 'updateAttributes')
      return { tag: 'rejected', reasons: [reason('commands.row_not_member', { user: user.id, workspace: workspace.id })] }
    const decision = decideRow(member ? 'updateAttributes' : 'add')
    if (decision.effect === 'deny') return { tag: 'rejected', reasons: decision.reasons }
    const placed = modelRole(current, workspace, row, at)
    if (placed !== undefined && 'tag' in placed) return placed
    const withEmail = row.email === undefined ? current : putUser(current, { ...user, email: row.email })
    const next = !member
      ? joinWorkspace(withEmail, workspace.id, user.id, noAccessEverywhere, placed)
      : placed === undefined
        ? withEmail
        : putModelAccess(withEmail, placed.model, user.id, { role: placed.role, ...(placed.role === builtInRoles.noAccess ? { grants: null } : {}) })
    return { tag: 'applied', tenant: next, reasons: decision.reasons }
  })
}
