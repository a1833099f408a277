// @ts-nocheck
import type { Action } from '../domain/action.js'
import { resource } from '../domain/resource.js'
import { subject, type Session } from '../domain/subject.js'
import type { AccountSnapshot } from '../snapshot/account/types.js'
import type { AdditionalRole, BaseRole } from '../snapshot/input/account.js'
import type { RowRequest } from './review-row.js'

const baseChecks: { readonly [R in BaseRole]: Action } = {
  administrator: { type: 'account.operate', operation: 'manageUsers' },
  user: { type: 'account.operate', operation: 'operateData' },
  readOnly: { type: 'account.operate', operation: 'viewData' },
}

const additionalChecks: { readonly [R in AdditionalRole]: Action } = {
  flowAuthor: { type: 'account.author', artifact: 'flow', operation: 'create' },
  integrationAuthor: { type: 'account.author', artifact: 'integration', operation: 'create' },
  connectorAuthor: { type: 'account.author', artifact: 'connector', operation: 'create' },
  appBuilderAuthor: { type: 'account.operate', operation: 'manageAppBuilderConnectors' },
  platformAdministrator: { type: 'account.operate', operation: 'managePlatformSettings' },
}

/**
 * Account rows: each user's base role with the act it exists for (R53, R55, R56), then each additional
 * role with its act (R59–R63). Additional roles apply only to a session issued after their grant
 * (R58): without `session`, or with an older one, the row says so.
 *
 * @example
 * ```ts
 * [...accountRows(account, { issuedAt: Date.UTC(2026, 11, 1) })]
 * ```
 */
export function* accountRows(account: AccountSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const user of account.users.values()) {
    const row = { section: 'account', subject: subject.user(user.id, session), scope: 'account', resource: resource.account() } as const
    yield { ...row, grant: `baseRole:${user.baseRole.role}`, action: baseChecks[user.baseRole.role] }
    for (const role of user.additionalRoles.keys()) yield { ...row, grant: `additionalRole:${role}`, action: additionalChecks[role] }
  }
}
