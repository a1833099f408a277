// @ts-nocheck
import type { UserId, WorkspaceId } from '../ids.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * Administration roles held at tenant level (§1, F1–F19).
 *
 * @example
 * ```ts
 * const role: AdminRole = 'securityAdmin'
 * ```
 */
export type AdminRole =
  | 'tenantAdmin'
  | 'userAdmin'
  | 'securityAdmin'
  | 'auditor'
  | 'encryptionAdmin'
  | 'viewAdmin'
  | 'pageBuilder'
  | 'integrationAdmin'
  | 'restrictedIntegrationUser'

/**
 * The two "Administration only" switches of the tenant (F13, F14).
 *
 * @example
 * ```ts
 * const which: TenantSwitch = 'exceptionUsers'
 * ```
 */
export type TenantSwitch = 'userManagement' | 'exceptionUsers'

/**
 * Assign an administration role to the user named by the resource; an RIU comes with its workspaces (R2).
 *
 * @example
 * ```ts
 * const riu: AssignRole = { type: 'tenant.assignRole', role: 'restrictedIntegrationUser', workspaces: [id.workspace('finance')] }
 * ```
 */
export interface AssignRole {
  readonly type: 'tenant.assignRole'
  readonly role: AdminRole
  readonly workspaces?: readonly WorkspaceId[]
}
/**
 * Remove an administration role from the user named by the resource.
 *
 * @example
 * ```ts
 * const revoke: UnassignRole = { type: 'tenant.unassignRole', role: 'auditor' } // on resource.user(id.user('sam'))
 * ```
 */
export interface UnassignRole { readonly type: 'tenant.unassignRole'; readonly role: AdminRole }
/**
 * Create an internal user (R7, F9), assigned to workspaces as part of creation.
 *
 * @example
 * ```ts
 * const create: CreateInternalUser = { type: 'tenant.createInternalUser', user: id.user('nora'), email: 'nora@acme.example', workspaces: [id.workspace('finance')] }
 * ```
 */
export interface CreateInternalUser {
  readonly type: 'tenant.createInternalUser'
  readonly user: UserId
  readonly email: string
  readonly workspaces: readonly WorkspaceId[]
}
/**
 * Disable or re-enable a user's platform access (F5, F8).
 *
 * @example
 * ```ts
 * const disable: SetAccountStatus = { type: 'tenant.setAccountStatus', enabled: false } // on resource.user(id.user('olga'))
 * ```
 */
export interface SetAccountStatus { readonly type: 'tenant.setAccountStatus'; readonly enabled: boolean }
/**
 * Turn one of the tenant switches on or off (R30, F13, F14).
 *
 * @example
 * ```ts
 * const on: SetSwitch = { type: 'tenant.setSwitch', switch: 'userManagement', on: true } // on resource.tenant
 * ```
 */
export interface SetSwitch { readonly type: 'tenant.setSwitch'; readonly switch: TenantSwitch; readonly on: boolean }
/**
 * Make the user named by the resource an SSO exception user in a workspace, or stop it (F14, F15).
 *
 * @example
 * ```ts
 * const exception: SetSsoException = { type: 'tenant.setSsoException', workspace: id.workspace('finance'), on: true }
 * ```
 */
export interface SetSsoException {
  readonly type: 'tenant.setSsoException'
  readonly workspace: WorkspaceId
  readonly on: boolean
}
/**
 * Read audit events (F11).
 *
 * @example
 * ```ts
 * const audit: ReadAudit = { type: 'tenant.readAudit' } // on resource.tenant
 * ```
 */
export interface ReadAudit { readonly type: 'tenant.readAudit' }
/**
 * Manage SSO: SAML and identity-provider connections (F10).
 *
 * @example
 * ```ts
 * const sso: ManageSso = { type: 'tenant.manageSso' } // on resource.tenant
 * ```
 */
export interface ManageSso { readonly type: 'tenant.manageSso' }
/**
 * See who holds which administration role (F4).
 *
 * @example
 * ```ts
 * const assignments: ViewAssignments = { type: 'tenant.viewAssignments' } // on resource.tenant
 * ```
 */
export interface ViewAssignments { readonly type: 'tenant.viewAssignments' }
/**
 * See every user, model and workspace of the tenant (F5).
 *
 * @example
 * ```ts
 * const directory: ViewDirectory = { type: 'tenant.viewDirectory' } // on resource.tenant
 * ```
 */
export interface ViewDirectory { readonly type: 'tenant.viewDirectory' }
/**
 * Create, edit and delete apps and pages (F12).
 *
 * @example
 * ```ts
 * const pages: BuildPages = { type: 'tenant.buildPages' } // on resource.tenant
 * ```
 */
export interface BuildPages { readonly type: 'tenant.buildPages' }

/**
 * Tenant administration acts.
 *
 * @example
 * ```ts
 * const action: TenantAction = { type: 'tenant.setSwitch', switch: 'userManagement', on: true }
 * ```
 */
export type TenantAction =
  | AssignRole
  | UnassignRole
  | CreateInternalUser
  | SetAccountStatus
  | SetSwitch
  | SetSsoException
  | ReadAudit
  | ManageSso
  | ViewAssignments
  | ViewDirectory
  | BuildPages

/**
 * Specs of the tenant administration acts.
 *
 * @example
 * ```ts
 * tenantActionSpecs['tenant.assignRole'].lattice // 'permission'
 * ```
 */
export const tenantActionSpecs: ActionSpecs<TenantAction['type']> = {
  'tenant.assignRole': permissionOn('user'),
  'tenant.unassignRole': permissionOn('user'),
  'tenant.createInternalUser': permissionOn('tenant'),
  'tenant.setAccountStatus': permissionOn('user'),
  'tenant.setSwitch': permissionOn('tenant'),
  'tenant.setSsoException': permissionOn('user'),
  'tenant.readAudit': permissionOn('tenant'),
  'tenant.manageSso': permissionOn('tenant'),
  'tenant.viewAssignments': permissionOn('tenant'),
  'tenant.viewDirectory': permissionOn('tenant'),
  'tenant.buildPages': permissionOn('tenant'),
}
