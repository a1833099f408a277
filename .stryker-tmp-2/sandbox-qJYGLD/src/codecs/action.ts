// @ts-nocheck
import type * as t from 'io-ts'
import type { Action, ActionType } from '../domain/action.js'
import { accountActionCodecs } from './actions/account.js'
import { cloudworksActionCodecs } from './actions/cloudworks.js'
import { connectionActionCodecs } from './actions/connections.js'
import { dataActionCodecs } from './actions/data.js'
import { modelAdministrationActionCodecs } from './actions/modelAdministration.js'
import { tenantActionCodecs } from './actions/tenant.js'
import { workspaceActionCodecs } from './actions/workspace.js'
import { tagged } from './tagged.js'

const codecs: { readonly [T in ActionType]: t.Mixed } = {
  ...tenantActionCodecs,
  ...workspaceActionCodecs,
  ...dataActionCodecs,
  ...cloudworksActionCodecs,
  ...connectionActionCodecs,
  ...accountActionCodecs,
  ...modelAdministrationActionCodecs,
}

/**
 * An action on the wire, told apart by `type`.
 *
 * @example
 * ```ts
 * actionC.decode({ type: 'cell.read', channel: 'export' })._tag // 'Right'
 * actionC.decode({ type: 'cell.raed' })._tag // 'Left': no such action type
 * ```
 */
export const actionC: t.Type<Action, Action> = tagged<Action>('action', 'type', codecs)
