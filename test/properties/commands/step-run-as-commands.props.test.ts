import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, encode, id, lint, resource, subject, type Actor, type World } from '../../../src/index.js'
import { commandProperties } from '../../support/command-properties.js'
import { walk } from '../../support/command-steps.js'
import { compiled } from '../../support/compiled.js'
import { stepCommands, stepProbes, stepWorlds } from '../../support/step-run-as-props.js'

// Seed 002 long term B, A32, I21: step run-as acts meet the properties every command meets.
commandProperties('step run-as', { worlds: stepWorlds, commands: stepCommands, probes: stepProbes }, 120)

/** Whether a user may act as a step's run-as user at run time: enabled, a member of ws0, an integration administrator (A32). */
const validStepUser = (world: World, user: string): boolean => {
  const tenant = encode(world).tenant
  const record = tenant?.users.find((u) => u.id === user)
  const member = tenant?.workspaces.some((ws) => ws.id === 'ws0' && (ws.members ?? []).some((m) => m.user === user)) === true
  return record !== undefined && record.enabled !== false && (record.roles ?? []).includes('integrationAdmin') && member
}

describe('per-step run-as: each step is decided as its own actor (seed 002 long term B, A32, A48)', () => {
  it('a scheduled run denies step i exactly when its actor (its own run-as user, else the run\'s actor) is rejected or denied the step, and says every step\'s actor; lint names exactly the steps whose user is rejected', () => {
    fc.assert(
      fc.property(stepWorlds, fc.array(stepCommands, { maxLength: 8 }), (input, log) => {
        const start: World = compiled(input)
        const world = walk(start, log).at(-1)?.after ?? start
        const run = decide(world)(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration('nightly')))
        const steps = encode(world).tenant?.integrations?.find((i) => i.id === 'nightly')?.steps ?? []
        const own = steps.some((step) => step.runAs !== undefined)
        const said = run.warnings.filter((w) => w.code === 'integration_roles.step_runs_as').sort((a, b) => ('step' in a && 'step' in b ? a.step - b.step : 0))
        expect(said).toEqual(
          own
            ? steps.map((step, i) => ({ code: 'integration_roles.step_runs_as', integration: 'nightly', step: i + 1, identity: step.runAs === undefined ? 'run' : 'stepRunAs', user: step.runAs ?? '' }))
            : [],
        )
        expect(run.actor).toEqual(subject.internalAlias)
        const linted = lint(world).flatMap((f) => (f.code === 'integration.run_identity_invalid' && f.integration === 'nightly' && f.step !== undefined ? [f.step] : []))
        steps.forEach((step, i) => {
          const actor: Actor = step.runAs === undefined ? subject.internalAlias : subject.user(id.user(step.runAs))
          const rejected = step.runAs !== undefined && !validStepUser(world, step.runAs)
          const stepDenied = decide(world)(actor, { type: 'modelAction.run' }, resource.modelAction(id.model('m'), id.modelAction(step.action))).effect === 'deny'
          const named = run.reasons.some((r) => r.code === 'integration_roles.step_denied' && r.step === i + 1)
          expect(named).toBe(rejected || stepDenied)
          expect(linted.includes(i + 1)).toBe(rejected)
        })
      }),
      { numRuns: 150 },
    )
  })
})
