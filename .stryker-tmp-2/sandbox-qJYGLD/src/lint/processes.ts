// @ts-nocheck
import type { Decider } from '../decide.js'
import type { ModelActionId, UserId } from '../domain/ids.js'
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import type { ModelRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { Ungraded } from './findings.js'

/**
 * Processes with a step some of their runners cannot run (F40, F41): for every user holding a role in
 * the model whom `decide` lets run the process, each step is decided as that user; a step denied to
 * any of them is a finding, with how many.
 *
 * @example
 * ```ts
 * unrunnableSteps(tenant, decide(world))
 * ```
 */
export const unrunnableSteps = (tenant: TenantSnapshot, decider: Decider): readonly Ungraded[] =>
  [...tenant.models.values()].flatMap((model: ModelRecord) =>
    [...model.actions.values()]
      .filter((action) => action.kind === 'process' && action.steps.length > 0)
      .flatMap((process): readonly Ungraded[] => {
        const run = (user: UserId, action: ModelActionId): boolean =>
          decider(subject.user(user), { type: 'modelAction.run' }, resource.modelAction(model.id, action)).effect === 'allow'
        const runners = [...model.assignments.keys()].filter((user) => run(user, process.id))
        return process.steps.flatMap((step): readonly Ungraded[] => {
          const denied = runners.filter((user) => !run(user, step))
          return denied.length === 0 ? [] : [{ code: 'process.step_unrunnable', model: model.id, process: process.id, step, runners: denied.length }]
        })
      }),
  )
