// @ts-nocheck
import type { Request } from '../../domain/request.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { Rule, RuleContext } from '../../rule/rule.js'
import type { PlainAdminRole } from '../../snapshot/input/tenant.js'
import { withActingUser } from '../shared/acting-user.js'
import { requireAnyRole } from './require-role.js'

/** A console act that belongs to the given administration roles (F4, F5, F10, F12, R30). */
const consoleAct =
  (roles: readonly PlainAdminRole[]) =>
  (request: Request, { world }: RuleContext): Verdicts =>
    withActingUser(request, world, (_tenant, actor) => requireAnyRole(actor, request.action.type, roles))

/**
 * `tenant.manageSso`: tenant security administrators (F10).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.manageSso': manageSso })
 * ```
 */
export const manageSso = consoleAct(['securityAdmin'])
/**
 * `tenant.viewAssignments`: view and tenant administrators (F4, F5).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.viewAssignments': viewAssignments })
 * ```
 */
export const viewAssignments = consoleAct(['viewAdmin', 'tenantAdmin'])
/**
 * `tenant.viewDirectory`: tenant administrators (F5).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.viewDirectory': viewDirectory })
 * ```
 */
export const viewDirectory = consoleAct(['tenantAdmin'])
/**
 * `tenant.buildPages`: page builders (F12).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.buildPages': buildPages })
 * ```
 */
export const buildPages = consoleAct(['pageBuilder'])
/**
 * `tenant.setSwitch`: tenant administrators (F5, R30).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.setSwitch': setSwitch })
 * ```
 */
export const setSwitch = consoleAct(['tenantAdmin'])

/**
 * `tenant.readAudit`: tenant auditors, and only while Audit is licensed (F11).
 *
 * @example
 * ```ts
 * ruleModule('tenantRoles', { 'tenant.readAudit': readAudit })
 * ```
 */
export const readAudit: Rule<'tenant.readAudit'> = (request, { world }) =>
  withActingUser(request, world, (tenant, actor) =>
    verdict.concat(
      requireAnyRole(actor, request.action.type, ['auditor']),
      tenant.auditLicensed ? verdict.skip : verdict.cap(0, reason('tenant_roles.audit_not_licensed', { user: actor.id })),
    ),
  )
