// @ts-nocheck
import * as t from 'io-ts'
import type * as I from '../../domain/ids.js'
import { plainAdminRoles } from '../admin-roles.js'
import { brandedIdC, listOf, oneOf } from '../primitives.js'
import { struct } from '../struct.js'

const type = <T extends string>(name: T) => ({ type: t.literal(name) })

const adminRoleC = oneOf('administration role', [...plainAdminRoles, 'restrictedIntegrationUser'])

const workspaces = listOf(brandedIdC<I.WorkspaceId>())

/**
 * Codecs of the tenant administration acts, by type.
 *
 * @example
 * ```ts
 * tenantActionCodecs['tenant.assignRole'].decode({ type: 'tenant.assignRole', role: 'userAdmin' })._tag // 'Right'
 * ```
 */
export const tenantActionCodecs = {
  'tenant.assignRole': struct('tenant.assignRole', { ...type('tenant.assignRole'), role: adminRoleC }, { workspaces }),
  'tenant.unassignRole': struct('tenant.unassignRole', { ...type('tenant.unassignRole'), role: adminRoleC }),
  'tenant.createInternalUser': struct('tenant.createInternalUser', {
    ...type('tenant.createInternalUser'),
    user: brandedIdC<I.UserId>(),
    email: t.string,
    workspaces,
  }),
  'tenant.setAccountStatus': struct('tenant.setAccountStatus', { ...type('tenant.setAccountStatus'), enabled: t.boolean }),
  'tenant.setSwitch': struct('tenant.setSwitch', {
    ...type('tenant.setSwitch'),
    switch: oneOf('switch', ['userManagement', 'exceptionUsers']),
    on: t.boolean,
  }),
  'tenant.setSsoException': struct('tenant.setSsoException', {
    ...type('tenant.setSsoException'),
    workspace: brandedIdC<I.WorkspaceId>(),
    on: t.boolean,
  }),
  'tenant.readAudit': struct('tenant.readAudit', type('tenant.readAudit')),
  'tenant.manageSso': struct('tenant.manageSso', type('tenant.manageSso')),
  'tenant.viewAssignments': struct('tenant.viewAssignments', type('tenant.viewAssignments')),
  'tenant.viewDirectory': struct('tenant.viewDirectory', type('tenant.viewDirectory')),
  'tenant.buildPages': struct('tenant.buildPages', type('tenant.buildPages')),
} as const
