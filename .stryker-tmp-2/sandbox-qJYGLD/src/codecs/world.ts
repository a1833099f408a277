// @ts-nocheck
import * as t from 'io-ts'
import type { WorldInput } from '../snapshot/input/world.js'
import { accountC } from './account.js'
import { struct } from './struct.js'
import { tenantC } from './tenant.js'
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
