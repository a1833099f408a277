// @ts-nocheck
import type { Decision } from '../decision/decision.js'
import { explainReason } from '../explain.js'
import type { CellSet, Impact, ModelChange, RunChange } from './types.js'

const why = (decision: Decision): string => decision.reasons.map(explainReason).join(' ') || 'no reason given.'

const becomes = (before: Decision, after: Decision): string => `before: ${why(before)} After: ${why(after)}`

const cellsOf = (set: CellSet): string =>
  set.boxes
    .map((box) => box.map((items, d) => `${set.dimensions[d] ?? ''} ${items === 'all' ? 'all items' : items.join(', ')}`).join(' × '))
    .join('; ')

const modelLine = (change: ModelChange): string => {
  switch (change.kind) {
    case 'modelRole':
      return `User ${change.user} in model ${change.model}: role ${change.before.role ?? 'none'} → ${change.after.role ?? 'none'}, opening it ${change.before.open.effect} → ${change.after.open.effect} (${becomes(change.before.open, change.after.open)})`
    case 'ceiling':
      return `User ${change.user}, model ${change.model}, ${change.module} / ${change.lineItem} / ${change.version}: every cell at most ${change.from} → at most ${change.to}, within what its items allow (${becomes(change.before, change.after)})`
    case 'cells':
      return `User ${change.user}, model ${change.model}, ${change.module} / ${change.lineItem} / ${change.version}: ${change.count} cell(s) ${change.from} → ${change.to}: ${cellsOf(change.cells)} (for example, ${becomes(change.example.before, change.example.after)})`
  }
}

const runLine = (change: RunChange): string => {
  const actor = (d: Decision): string => (d.actor === undefined ? 'nobody' : d.actor.kind === 'user' ? d.actor.id : 'Internal (Full Access)')
  const steps = change.steps.map((s) => `step ${s.step} ${s.before} → ${s.after}`).join(', ')
  return `Integration ${change.integration}: scheduled run ${change.before.effect} as ${actor(change.before)} → ${change.after.effect} as ${actor(change.after)}${steps === '' ? '' : `; ${steps}`} (${becomes(change.before, change.after)})`
}

/**
 * An impact in English, one line per change, grouped as the impact is.
 *
 * @example
 * ```ts
 * import { impact, explainImpact } from 'accessgrid'
 * console.log(explainImpact(impact(before, after)))
 * ```
 */
export const explainImpact = (impact: Impact): string => {
  const lines = [
    ...impact.administration.map((c) =>
      c.kind === 'adminRoles'
        ? `User ${c.user}: gains ${c.gained.join(', ') || 'no role'}, loses ${c.lost.join(', ') || 'no role'}.`
        : `User ${c.user}: ${c.action.type} on ${c.resource.kind}${'id' in c.resource ? ` ${c.resource.id}` : ''} ${c.before.effect} → ${c.after.effect} (${becomes(c.before, c.after)})`,
    ),
    ...impact.memberships.map(
      (c) => `User ${c.user} in workspace ${c.workspace}: ${c.before.seat}${c.before.ssoException ? ' (SSO exception)' : ''} → ${c.after.seat}${c.after.ssoException ? ' (SSO exception)' : ''}.`,
    ),
    ...impact.models.map(modelLine),
    ...impact.runs.map(runLine),
    ...impact.connections.map(
      (c) => `User ${c.user} on ${c.connection === undefined ? `project ${c.project ?? ''}` : `connection ${c.connection}`}: ${c.before.level} → ${c.after.level} (${becomes(c.before, c.after)})`,
    ),
    ...impact.account.map(
      (c) =>
        `User ${c.user}: ${c.operation}${c.workspace === undefined ? '' : ` in ${c.workspace}`} ${c.before.effect} → ${c.after.effect}, ${c.takesEffect === 'now' ? 'at once' : 'at their next login'} (${becomes(c.before, c.after)})`,
    ),
  ]
  return lines.length === 0 ? 'Nothing changes.' : lines.join('\n')
}
