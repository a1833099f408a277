// @ts-nocheck
import type { BuiltInProjectRole, BuiltInWorkplaceRole, WorkplaceAddOn, WorkplacePermission, WorkplacePlan } from '../input/workplace.js'
import type { WorkplaceFeatures } from './types.js'

/**
 * The built-in workplace roles' connection permissions (R40). The seed's table shows Collaborator, Admin
 * and Owner; the Viewer has none of the four (A12). Custom roles are further rows of the same table.
 *
 * @example
 * ```ts
 * builtInWorkplaceRoles.collaborator // ['viewAllConnections', 'useAllConnections']
 * ```
 */
export const builtInWorkplaceRoles: { readonly [R in BuiltInWorkplaceRole]: readonly WorkplacePermission[] } = {
  owner: ['viewAllConnections', 'useAllConnections', 'manageAllConnections', 'createConnections'],
  admin: ['viewAllConnections', 'useAllConnections', 'manageAllConnections', 'createConnections'],
  collaborator: ['viewAllConnections', 'useAllConnections'],
  viewer: [],
}

/**
 * Whether each built-in project role grants Manage Syncs (R44).
 *
 * @example
 * ```ts
 * builtInProjectRoles.viewer // false
 * ```
 */
export const builtInProjectRoles: { readonly [R in BuiltInProjectRole]: boolean } = {
  viewer: false,
  collaborator: true,
  admin: true,
}

/**
 * What each plan switches on (R38, F62, F63, A37): Team has scoping and may add custom roles and user
 * groups; Enterprise has all three; Developer has none.
 *
 * @example
 * ```ts
 * planFeatures('team', new Set(['userGroups'])).userGroups // true
 * ```
 */
export const planFeatures = (plan: WorkplacePlan, addOns: ReadonlySet<WorkplaceAddOn>): WorkplaceFeatures => {
  switch (plan) {
    case 'developer':
      return { scoping: false, customRoles: false, userGroups: false }
    case 'team':
      return { scoping: true, customRoles: addOns.has('customRoles'), userGroups: addOns.has('userGroups') }
    case 'enterprise':
      return { scoping: true, customRoles: true, userGroups: true }
  }
}
