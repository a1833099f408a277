import * as t from 'io-ts'
import type { AccountInput } from '../snapshot/input/account.js'
import { finiteC, idC, listOf, oneOf } from './primitives.js'
import { struct } from './struct.js'

const baseRoleC = oneOf('base role', ['administrator', 'user', 'readOnly'])
const additionalRoleC = oneOf('additional role', ['flowAuthor', 'integrationAuthor', 'connectorAuthor', 'appBuilderAuthor', 'platformAdministrator'])

/**
 * The account section on the wire (seed 004). Times are milliseconds since the epoch.
 *
 * @example
 * ```ts
 * import { codecs } from 'accessgrid'
 * codecs.world.decode({ account: { users: [{ id: 'ana', baseRole: { role: 'user', grantedAt: 0 } }] } })
 * ```
 */
export const accountC: t.Type<AccountInput, AccountInput> = struct(
  'account',
  {
    users: listOf(
      struct(
        'account user',
        { id: idC, baseRole: struct('base role grant', { role: baseRoleC, grantedAt: finiteC }, { previous: baseRoleC }) },
        {
          additionalRoles: listOf(struct('additional role grant', { role: additionalRoleC, grantedAt: finiteC })),
          workspaces: listOf(idC),
          locked: t.boolean,
        },
      ),
    ),
  },
  { workspaces: listOf(struct('account workspace', { id: idC })) },
)
