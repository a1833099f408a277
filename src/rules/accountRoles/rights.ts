import type { AccountOperation, Artifact } from '../../domain/actions/account.js'
import type { AdditionalRole, BaseRole } from '../../snapshot/input/account.js'

/** What a User may do; an Administrator may do all of it and more (R53, R55). */
const userRights: readonly AccountOperation[] = ['viewData', 'operateData', 'runFlow', 'runSchedule', 'configureIntegration', 'configureFlow']

/**
 * What each base role may do (R51–R56, A35): Read Only views; User views, operates, runs flows and
 * schedules and configures integrations and flows; Administrator adds user management and role changes
 * (R51, R53). Managing workspaces is the Administrator's only by the A13 setting (see
 * {@link settingRights}). No base role authors anything (R54, I39).
 *
 * @example
 * ```ts
 * baseRights.user.has('runFlow') // true
 * ```
 */
export const baseRights: { readonly [R in BaseRole]: ReadonlySet<AccountOperation> } = {
  readOnly: new Set(['viewData']),
  user: new Set(userRights),
  administrator: new Set([...userRights, 'inviteUsers', 'manageUsers', 'changeRoles']),
}

/**
 * Rights a base role holds only while a setting is on: the Administrator manages workspaces when
 * `administratorManagesWorkspaces` (A13) is true.
 *
 * @example
 * ```ts
 * settingRights.administrator // ['manageWorkspaces']
 * ```
 */
export const settingRights: { readonly [R in BaseRole]: readonly AccountOperation[] } = {
  readOnly: [],
  user: [],
  administrator: ['manageWorkspaces'],
}

/**
 * What each additional role adds (R57, R59–R63, A36). Author roles also author their artifact (see
 * {@link authorRoles}); the Platform Administrator holds every Administrator right plus Cloud Services and
 * Platform Settings, and authors nothing unless `platformAdministratorAuthors` is on (A15).
 *
 * @example
 * ```ts
 * additionalRights.flowAuthor.has('manageServices') // true
 * ```
 */
export const additionalRights: { readonly [R in AdditionalRole]: ReadonlySet<AccountOperation> } = {
  flowAuthor: new Set(['manageServices', 'runFlow', 'configureFlow']),
  integrationAuthor: new Set(['configureIntegration']),
  connectorAuthor: new Set(),
  appBuilderAuthor: new Set(['manageAppBuilderConnectors']),
  platformAdministrator: new Set(['inviteUsers', 'manageUsers', 'changeRoles', 'manageWorkspaces', 'manageCloudServices', 'managePlatformSettings']),
}

/**
 * The author role each artifact needs (R54, R59–R61, I39).
 *
 * @example
 * ```ts
 * authorRoles.connector // 'connectorAuthor'
 * ```
 */
export const authorRoles: { readonly [A in Artifact]: AdditionalRole } = {
  flow: 'flowAuthor',
  integration: 'integrationAuthor',
  connector: 'connectorAuthor',
}

/**
 * Operations a Read Only user keeps, whatever else they hold: reading (R56, F65, I41).
 *
 * @example
 * ```ts
 * readOperations.has('viewData') // true
 * ```
 */
export const readOperations: ReadonlySet<AccountOperation> = new Set(['viewData'])

/**
 * The base roles bottom first: ReadOnly < User < Administrator (§4).
 *
 * @example
 * ```ts
 * baseRank.user // 1
 * ```
 */
export const baseRank: { readonly [R in BaseRole]: number } = { readOnly: 0, user: 1, administrator: 2 }
