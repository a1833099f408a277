import * as t from 'io-ts'
import type { WorldInput } from '../snapshot/input/world.js'
import { accountC } from './account.js'
import { struct } from './struct.js'
import { compileTenantC, tenantC } from './tenant.js'
import { workplaceC } from './workplace.js'

/**
 * The world input on the wire: the only door through which an unknown world enters.
 *
 * @example
 * ```ts
 * import { codecs } from 'accessgrid'
 * codecs.world.decode({ tenant: { users: [], workspaces: [], models: [] } })
 * ```
 */
export const worldC: t.Type<WorldInput, WorldInput> = struct('world', {}, { $schema: t.string, tenant: tenantC, workplace: workplaceC, account: accountC })

/**
 * The world as `compile` checks it in place: {@link worldC}, except that the ids of selective-access
 * grants are left to the build (see `compileTenantC`). Never a door for `unknown` on its own: `compile`
 * decodes with {@link worldC} whenever the build finds a grant's id is not one.
 *
 * @example
 * ```ts
 * const checked = checkValid(compileWorldC, input)
 * ```
 */
export const compileWorldC: t.Type<WorldInput, WorldInput> = struct('world', {}, { $schema: t.string, tenant: compileTenantC, workplace: workplaceC, account: accountC })
