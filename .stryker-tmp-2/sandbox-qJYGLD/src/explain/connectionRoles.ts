// @ts-nocheck
import type { ConnectionRolesReasons } from '../decision/reasons/connectionRoles.js'
import type { Wording } from './wording.js'

/**
 * English for the connection-roles module's reasons.
 *
 * @example
 * ```ts
 * connectionRolesWording['connection_roles.not_member']({ code: 'connection_roles.not_member', member: 'user:bo' })
 * ```
 */
export const connectionRolesWording: Wording<keyof ConnectionRolesReasons> = {
  'connection_roles.workplace_role': (r) => `The workplace role '${r.role}' gives ${r.connectionRole} on every connection.`,
  'connection_roles.direct_grant': (r) => `A direct grant gives ${r.connectionRole} on connection '${r.connection}'.`,
  'connection_roles.group_grant': (r) => `Group '${r.group}' holds ${r.connectionRole} on connection '${r.connection}'.`,
  'connection_roles.scoping_not_on_plan': (r) => `The ${r.plan} plan has no integration access scoping: direct and group connection grants do not apply.`,
  'connection_roles.no_manage_syncs': (r) => `Creating a sync needs Manage Syncs on project '${r.project}'.`,
  'connection_roles.project_role': (r) => `The project role '${r.role}' grants Manage Syncs on project '${r.project}'.`,
  'connection_roles.workplace_project_admin': (r) => `The workplace role '${r.role}' is project Admin on every project.`,
  'connection_roles.manages_connection': (r) => `The subject manages connection '${r.connection}'.`,
  'connection_roles.not_connection_admin': (r) => `Managing the members of connection '${r.connection}' needs Admin; the subject has ${r.connectionRole}.`,
  'connection_roles.below_workplace_floor': (r) => `Member '${r.member}' already has ${r.floor} from their workplace role; ${r.role} would be below it.`,
  'connection_roles.access_from_workplace_role': (r) => `Member '${r.member}' has ${r.connectionRole} from their workplace role and cannot be removed.`,
  'connection_roles.not_member': (r) => `Member '${r.member}' holds no direct grant on this connection.`,
  'connection_roles.already_member': (r) => `Member '${r.member}' is already a member of this connection; change their role instead.`,
  'connection_roles.may_create_connections': (r) => `The workplace role '${r.role}' may create integration connections.`,
  'connection_roles.workplace_owner': (r) => `User '${r.user}' is a workplace Owner, who manages roles and groups.`,
  'connection_roles.owner_required': (r) => `Only a workplace Owner may ${r.action === 'workplace.setGroupMember' ? 'change the members of a group' : 'change workplace roles'}.`,
  'connection_roles.last_owner': (r) => `User '${r.user}' is the workplace's last Owner and keeps the role.`,
  'connection_roles.project_admin': (r) => `The subject holds the Admin role on project '${r.project}'.`,
  'connection_roles.project_admin_required': (r) => `Only an administrator of project '${r.project}' gives roles on it.`,
}
