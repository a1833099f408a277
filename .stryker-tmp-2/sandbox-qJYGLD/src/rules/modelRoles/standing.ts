// @ts-nocheck
import type { ActionType } from '../../domain/action.js'
import type { Actor } from '../../domain/subject.js'
import type { RequestOf, RuleContext } from '../../rule/rule.js'
import { standingIn } from '../shared/standing.js'
import { lattice } from '../../domain/lattice.js'
import { reason } from '../../decision/reason.js'
import { verdict, type Verdicts } from '../../decision/verdict.js'
import type { AccessRank, ModelRecord, RoleRecord } from '../../snapshot/tenant/types.js'

/**
 * What a custom role says about one resource: the module-specific part of the role layer.
 *
 * @example
 * ```ts
 * const opens: CustomRoleRule<ModelResource> = (role) => verdict.grant(1, reason('model_roles.custom_role', { model: 'fp', role: role.id }))
 * ```
 */
export type CustomRoleRule<R> = (role: RoleRecord, resource: R, context: RuleContext) => Verdicts

/**
 * The role layer for an actor in a model (R34, R36, F34–F40):
 * - the Internal (Full Access) alias: Full Access with an alias entry, No Access without (A33);
 * - a user without a role, or with No Access: `cap(0)` (F32, I9);
 * - Full Access: a grant at `top` (write, or allowed), on every module and version (F37);
 * - a custom role: whatever `custom` says, unlisted permissions being none (I15).
 *
 * @example
 * ```ts
 * roleLayer(context, model, subject.internalAlias, 2, cell, customCell) // grant(2, model_roles.internal_alias) with an alias entry
 * ```
 */
export const roleLayer = <R>(context: RuleContext, model: ModelRecord, actor: Actor, top: number, resource: R, custom: CustomRoleRule<R>): Verdicts => {
  if (actor.kind === 'internalAlias')
    return model.internalAlias === undefined
      ? verdict.cap(0, reason('model_roles.internal_alias_absent', { model: model.id }))
      : verdict.grant(top, reason('model_roles.internal_alias', { model: model.id }))
  const role = standingIn(context, model, actor.id).role
  if (role === undefined) return verdict.cap(0, reason('model_roles.no_role', { model: model.id, user: actor.id }))
  switch (role.builtIn) {
    case 'noAccess':
      return verdict.cap(0, reason('model_roles.no_access', { model: model.id }))
    case 'fullAccess':
      return verdict.grant(top, reason('model_roles.full_access', { model: model.id }))
    case undefined:
      return custom(role, resource, context)
  }
}

/**
 * The name of an access rank, for reason parameters.
 *
 * @example
 * ```ts
 * accessName(1) // 'read'
 * ```
 */
export const accessName = (rank: AccessRank): string => lattice.access.levels[rank] ?? 'none'

/**
 * The denial for a request without an actor (the scheduler asks for no data itself).
 *
 * @example
 * ```ts
 * notSupported(request) // [cap(0, request.subject_not_supported)]
 * ```
 */
export const notSupported = (request: RequestOf<ActionType>): Verdicts =>
  verdict.cap(0, reason('request.subject_not_supported', { subject: request.subject.kind, action: request.action.type }))
