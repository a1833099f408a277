// @ts-nocheck
import type { PlainAdminRole } from '../snapshot/input/tenant.js'

/**
 * Every administration role a user holds without parameters (F1–F10): the one list the tenant codec,
 * the role-assignment action codec and the tests read. The Restricted Integration User role carries
 * workspaces and is listed apart.
 *
 * @example
 * ```ts
 * plainAdminRoles.includes('userAdmin') // true
 * ```
 */
export const plainAdminRoles = [
  'tenantAdmin',
  'userAdmin',
  'securityAdmin',
  'auditor',
  'encryptionAdmin',
  'viewAdmin',
  'pageBuilder',
  'integrationAdmin',
] as const satisfies readonly PlainAdminRole[]
