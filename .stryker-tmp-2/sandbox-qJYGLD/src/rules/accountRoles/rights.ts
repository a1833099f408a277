// @ts-nocheck
import type { AccountOperation, Artifact } from '../../domain/actions/account.js'
import type { AdditionalRole, BaseRole } from '../../snapshot/input/account.js'

// The tables below are built when a rule asks, not when the module loads: a few small arrays per account
// request, and nothing here runs while a program (or a test file) only imports the rules.

/** What a User may do; an Administrator may do all of it and more (R53, R55). */
const userRights = (): readonly AccountOperation[] => ['viewData', 'operateData', 'runFlow', 'runSchedule', 'configureIntegration', 'configureFlow']

/**
 * What a base role may do (R51–R56, A35): Read Only views; User views, operates, runs flows and
 * schedules and configures integrations and flows; Administrator adds user management and role changes
 * (R51, R53). Managing workspaces is the Administrator's only by the A13 setting (see
 * {@link settingRights}). No base role authors anything (R54, I39).
 *
 * @example
 * ```ts
 * baseRights('user').includes('runFlow') // true
 * ```
 */
export const baseRights = (role: BaseRole): readonly AccountOperation[] => {
  const table: { readonly [R in BaseRole]: readonly AccountOperation[] } = {
    readOnly: ['viewData'],
    user: userRights(),
    administrator: [...userRights(), 'inviteUsers', 'manageUsers', 'changeRoles'],
  }
  return table[role]
}

/**
 * Rights a base role holds only while a setting is on: the Administrator manages workspaces when
 * `administratorManagesWorkspaces` (A13) is true.
 *
 * @example
 * ```ts
 * settingRights('administrator') // ['manageWorkspaces']
 * ```
 */
export const settingRights = (role: BaseRole): readonly AccountOperation[] => {
  const table: { readonly [R in BaseRole]: readonly AccountOperation[] } = { readOnly: [], user: [], administrator: ['manageWorkspaces'] }
  return table[role]
}

/**
 * What an additional role adds (R57, R59–R63, A36). Author roles also author their artifact (see
 * {@link authorRoleOf}); the Platform Administrator holds every Administrator right plus Cloud Services and
 * Platform Settings, and authors nothing unless `platformAdministratorAuthors` is on (A15).
 *
 * @example
 * ```ts
 * additionalRights('flowAuthor').includes('manageServices') // true
 * ```
 */
export const additionalRights = (role: AdditionalRole): readonly AccountOperation[] => {
  const table: { readonly [R in AdditionalRole]: readonly AccountOperation[] } = {
    flowAuthor: ['manageServices', 'runFlow', 'configureFlow'],
    integrationAuthor: ['configureIntegration'],
    connectorAuthor: [],
    appBuilderAuthor: ['manageAppBuilderConnectors'],
    platformAdministrator: ['inviteUsers', 'manageUsers', 'changeRoles', 'manageWorkspaces', 'manageCloudServices', 'managePlatformSettings'],
  }
  return table[role]
}

/**
 * The author role an artifact needs (R54, R59–R61, I39), or undefined for a name that is no artifact: an
 * own-property check, so that '__proto__' or 'toString' name no role.
 *
 * @example
 * ```ts
 * authorRoleOf('connector') // 'connectorAuthor'
 * ```
 */
export const authorRoleOf = (artifact: Artifact): AdditionalRole | undefined => {
  const table: { readonly [A in Artifact]: AdditionalRole } = { flow: 'flowAuthor', integration: 'integrationAuthor', connector: 'connectorAuthor' }
  return Object.hasOwn(table, artifact) ? table[artifact] : undefined
}

/**
 * Whether an operation is one a Read Only user keeps, whatever else they hold: reading (R56, F65, I41).
 *
 * @example
 * ```ts
 * reads('viewData') // true
 * ```
 */
export const reads = (operation: AccountOperation): boolean => operation === 'viewData'

/**
 * The rank of a base role, bottom first: ReadOnly < User < Administrator (§4).
 *
 * @example
 * ```ts
 * baseRank('user') // 1
 * ```
 */
export const baseRank = (role: BaseRole): number => {
  const table: { readonly [R in BaseRole]: number } = { readOnly: 0, user: 1, administrator: 2 }
  return table[role]
}
