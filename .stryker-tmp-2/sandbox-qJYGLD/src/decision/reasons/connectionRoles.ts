/**
 * Reasons of the connection-roles module (seed 001: R38–R49, F60–F63, A8–A12, A37–A39).
 *
 * @example
 * ```ts
 * const r: ConnectionRolesReasons['connection_roles.not_member'] = { member: 'user:bo' }
 * ```
 */
// @ts-nocheck

export interface ConnectionRolesReasons {
  /** The subject's workplace role gives this connection role on every connection (R40, R41). */
  'connection_roles.workplace_role': { readonly role: string; readonly connectionRole: string }
  /** A direct grant to the user on the connection (R39, R46). */
  'connection_roles.direct_grant': { readonly connection: string; readonly connectionRole: string }
  /** A grant to a group the user belongs to, directly or through nesting (R46, F63). */
  'connection_roles.group_grant': { readonly connection: string; readonly group: string; readonly connectionRole: string }
  /** The plan lacks integration access scoping: direct and group grants are ignored, or cannot be made (R38, I37, A11). */
  'connection_roles.scoping_not_on_plan': { readonly plan: string }
  /** Creating a sync needs Manage Syncs on the project, which the subject lacks (R44, I36, A9). */
  'connection_roles.no_manage_syncs': { readonly project: string }
  /** A project role with Manage Syncs, held by the user or one of their groups (R44). */
  'connection_roles.project_role': { readonly project: string; readonly role: string }
  /** Workplace Owners and Admins are project Admins everywhere (F61, I38). */
  'connection_roles.workplace_project_admin': { readonly role: string }
  /** The subject manages the connection (effective Admin), so may administer its members (A38). */
  'connection_roles.manages_connection': { readonly connection: string }
  /** Administering members needs an effective Admin connection role (A38). */
  'connection_roles.not_connection_admin': { readonly connection: string; readonly connectionRole: string }
  /** A direct role below what the member's workplace role gives (R48, A10, I33). */
  'connection_roles.below_workplace_floor': { readonly member: string; readonly floor: string; readonly role: string }
  /** The member's access comes from their workplace role: they cannot be removed (R47, R49, I34). */
  'connection_roles.access_from_workplace_role': { readonly member: string; readonly connectionRole: string }
  /** The member holds no direct grant on the connection. */
  'connection_roles.not_member': { readonly member: string }
  /** The member already holds a direct grant on the connection: change it with setMemberRole. */
  'connection_roles.already_member': { readonly member: string }
  /** The workplace role has "Create Integration Connections" (R40, R41). */
  'connection_roles.may_create_connections': { readonly role: string }
  /** The subject is a workplace Owner, who manages the Team page: roles and groups (F60). */
  'connection_roles.workplace_owner': { readonly user: string }
  /** Changing workplace roles or groups is for Owners only (F60, F62). */
  'connection_roles.owner_required': { readonly action: string }
  /** The workplace's last Owner keeps the role (F60). */
  'connection_roles.last_owner': { readonly user: string }
  /** The subject holds the Admin project role on the project, directly or through a group (F61). */
  'connection_roles.project_admin': { readonly project: string }
  /** Giving project roles is for the project's administrators (F61). */
  'connection_roles.project_admin_required': { readonly project: string }
}
