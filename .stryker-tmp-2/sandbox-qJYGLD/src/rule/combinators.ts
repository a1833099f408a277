// @ts-nocheck
import type { ActionType } from '../domain/action.js'
import type { Resource } from '../domain/resource.js'
import { verdict } from '../decision/verdict.js'
import type { Rule, RuleContext, RequestOf } from './rule.js'

/**
 * Runs every rule and concatenates their verdicts (the monoid of verdict lists).
 *
 * @example
 * ```ts
 * import { allOf, verdict } from 'accessgrid'
 * const both = allOf<'cell.read'>(() => verdict.skip, () => verdict.skip)
 * ```
 */
export const allOf =
  <T extends ActionType>(...rules: readonly Rule<T>[]): Rule<T> =>
  (request, context) =>
    verdict.concat(...rules.map((rule) => rule(request, context)))

/**
 * Narrows a rule to one resource kind; on any other kind it skips.
 *
 * @example
 * ```ts
 * import { onResource, verdict } from 'accessgrid'
 * const cells = onResource<'cell.read', 'cell'>('cell', () => verdict.skip)
 * ```
 */
export const onResource =
  <T extends ActionType, K extends Resource['kind']>(
    kind: K,
    rule: (request: RequestOf<T>, resource: Extract<Resource, { readonly kind: K }>, context: RuleContext) => ReturnType<Rule<T>>,
  ): Rule<T> =>
  (request, context) =>
    request.resource.kind === kind
      ? rule(request, request.resource as Extract<Resource, { readonly kind: K }>, context)
      : verdict.skip
