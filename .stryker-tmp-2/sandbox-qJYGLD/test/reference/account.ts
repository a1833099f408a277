// @ts-nocheck
import type { AccountInput, Settings } from '../../src/index.js'
import type { AccountRequest } from '../support/arbitraries/account.js'

/**
 * A deliberately naive account-roles decider over the raw account input, with the rights of seed 004
 * written out again as lists. Returns the effect only (the lattice is yes/no).
 */
const baseRights: Record<string, readonly string[]> = {
  readOnly: ['viewData'],
  user: ['viewData', 'operateData', 'runFlow', 'runSchedule', 'configureIntegration', 'configureFlow'],
  administrator: ['viewData', 'operateData', 'runFlow', 'runSchedule', 'configureIntegration', 'configureFlow', 'inviteUsers', 'manageUsers', 'changeRoles'],
}
const extraRights: Record<string, readonly string[]> = {
  flowAuthor: ['manageServices', 'runFlow', 'configureFlow'],
  integrationAuthor: ['configureIntegration'],
  connectorAuthor: [],
  appBuilderAuthor: ['manageAppBuilderConnectors'],
  platformAdministrator: ['inviteUsers', 'manageUsers', 'changeRoles', 'manageWorkspaces', 'manageCloudServices', 'managePlatformSettings'],
}
const authorOf: Record<string, string> = { flow: 'flowAuthor', integration: 'integrationAuthor', connector: 'connectorAuthor' }
const order = ['readOnly', 'user', 'administrator']

/** Decides one generated request naively. */
export const referenceAccount = (a: AccountInput, r: AccountRequest, settings: Pick<Settings, 'administratorManagesWorkspaces' | 'platformAdministratorAuthors'>): 'allow' | 'deny' => {
  const u = a.users.find((x) => x.id === r.user)
  if (u === undefined || u.locked === true) return 'deny'
  if (r.workspace !== undefined && !(u.workspaces ?? []).includes(r.workspace)) return 'deny'
  const fresh = (t: number): boolean => r.issuedAt !== undefined && r.issuedAt > t
  let base: string | undefined = u.baseRole.role
  if (!fresh(u.baseRole.grantedAt)) {
    const prev = u.baseRole.previous
    base = prev === undefined ? undefined : order.indexOf(prev) < order.indexOf(u.baseRole.role) ? prev : u.baseRole.role
  }
  if (base === undefined) return 'deny'
  const extras = (u.additionalRoles ?? []).filter((x) => fresh(x.grantedAt)).map((x) => x.role)
  if (r.action.type === 'account.author') {
    if (base === 'readOnly') return 'deny'
    const needed = authorOf[r.action.artifact] ?? ''
    return extras.includes(needed as never) || (settings.platformAdministratorAuthors && extras.includes('platformAdministrator')) ? 'allow' : 'deny'
  }
  const operation = r.action.operation
  if (base === 'readOnly' && operation !== 'viewData') return 'deny'
  const fromBase = (baseRights[base] ?? []).includes(operation) || (base === 'administrator' && operation === 'manageWorkspaces' && settings.administratorManagesWorkspaces)
  return fromBase || extras.some((x) => (extraRights[x] ?? []).includes(operation)) ? 'allow' : 'deny'
}
