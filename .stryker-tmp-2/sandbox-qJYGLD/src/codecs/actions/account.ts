// @ts-nocheck
import * as t from 'io-ts'
import { accountOperations } from '../../domain/actions/account.js'
import type * as I from '../../domain/ids.js'
import { brandedIdC, oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })
const additionalRoles = ['flowAuthor', 'integrationAuthor', 'connectorAuthor', 'appBuilderAuthor', 'platformAdministrator'] as const

/**
 * Codecs of the account acts, by type.
 *
 * @example
 * ```ts
 * accountActionCodecs['account.operate'].decode({ type: 'account.operate', operation: 'runFlow' })._tag // 'Right'
 * ```
 */
export const accountActionCodecs = {
  'account.operate': struct('account.operate', {
    ...type('account.operate'),
    operation: oneOf('account operation', accountOperations),
  }),
  'account.author': struct('account.author', {
    ...type('account.author'),
    artifact: oneOf('artifact', ['flow', 'integration', 'connector']),
    operation: oneOf('authoring operation', ['create', 'update', 'delete']),
  }),
  'account.grantRole': struct('account.grantRole', {
    ...type('account.grantRole'),
    user: brandedIdC<I.UserId>(),
    role: oneOf('account role', ['administrator', 'user', 'readOnly', ...additionalRoles]),
  }),
  'account.revokeRole': struct('account.revokeRole', {
    ...type('account.revokeRole'),
    user: brandedIdC<I.UserId>(),
    role: oneOf('additional role', additionalRoles),
  }),
} as const
