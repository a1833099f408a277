import type { UserId, WorkspaceId } from '../ids.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/** Administration roles held at tenant level (§1, F1–F19). */
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

/** The two "Administration only" switches of the tenant (F13, F14). */
export type TenantSwitch = 'userManagement' | 'exceptionUsers'

/** Assign an administration role to the user named by the resource; an RIU comes with its workspaces (R2). */
export interface AssignRole {
  readonly type: 'tenant.assignRole'
  readonly role: AdminRole
  readonly workspaces?: readonly WorkspaceId[]
}
/** Remove an administration role from the user named by the resource. */
export interface UnassignRole { readonly type: 'tenant.unassignRole'; readonly role: AdminRole }
/** Create an internal user (R7, F9), assigned to workspaces as part of creation. */
export interface CreateInternalUser {
  readonly type: 'tenant.createInternalUser'
  readonly user: UserId
  readonly email: string
  readonly workspaces: readonly WorkspaceId[]
}
/** Disable or re-enable a user's platform access (F5, F8). */
export interface SetAccountStatus { readonly type: 'tenant.setAccountStatus'; readonly enabled: boolean }
/** Turn one of the tenant switches on or off (R30, F13, F14). */
export interface SetSwitch { readonly type: 'tenant.setSwitch'; readonly switch: TenantSwitch; readonly on: boolean }
/** Make the user named by the resource an SSO exception user in a workspace, or stop it (F14, F15). */
export interface SetSsoException {
  readonly type: 'tenant.setSsoException'
  readonly workspace: WorkspaceId
  readonly on: boolean
}
/** Read audit events (F11). */
export interface ReadAudit { readonly type: 'tenant.readAudit' }
/** Manage SSO: SAML and identity-provider connections (F10). */
export interface ManageSso { readonly type: 'tenant.manageSso' }
/** See who holds which administration role (F4). */
export interface ViewAssignments { readonly type: 'tenant.viewAssignments' }
/** See every user, model and workspace of the tenant (F5). */
export interface ViewDirectory { readonly type: 'tenant.viewDirectory' }
/** Create, edit and delete apps and pages (F12). */
export interface BuildPages { readonly type: 'tenant.buildPages' }

/** Tenant administration acts. */
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
