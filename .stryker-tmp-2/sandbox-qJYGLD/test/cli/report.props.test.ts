// @ts-nocheck
// accessReport (src/report): every square of every matrix is what `decide` gives cell by cell, the rows
// are the workspace's members then the alias, and the integrations' run identities are decide's.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accessReport, compile, reportHtml, decide, id, resource, subject, type Settings, type Subject, type WorldInput } from '../../src/index.js'
import { batchCase } from '../batch/worlds.js'
import { worldArb } from '../support/worlds.js'
import { levelByDecide } from './levels.js'

const compiled = (input: WorldInput, settings: Partial<Settings> = {}) => {
  const world = compile(input, settings)
  if (world._tag === 'Left') throw new Error(JSON.stringify(world.left))
  return world.right
}

describe('accessReport', () => {
  it('each square shows the level decide gives on the module\'s cells at that version (none, read, write, or partial)', () => {
    fc.assert(
      fc.property(batchCase, ({ input, settings }) => {
        const world = compiled(input, settings)
        for (const model of accessReport(world).models)
          for (const row of model.rows)
            model.columns.forEach(({ module, version }, i) => {
              const square = row.squares[i]
              const shown = square === undefined || square.cells === 0 ? 'empty' : square.level
              expect(shown, `${row.label} on ${module} at ${version}`).toBe(levelByDecide(world, input, row.subject, model.id, module, version))
            })
      }),
      { numRuns: 60 },
    )
  })

  it('rows are the members of the model\'s workspace, then Internal (Full Access) with its selective access', () => {
    fc.assert(
      fc.property(worldArb, (input) => {
        const report = accessReport(compiled(input))
        input.tenant.models.forEach((model, i) => {
          const members = input.tenant.workspaces.find((w) => w.id === model.workspace)?.members ?? []
          const subjects: readonly Subject[] = [...members.map((m) => subject.user(id.user(m.user))), subject.internalAlias]
          expect(report.models[i]?.rows.map((row) => row.subject)).toEqual(subjects)
          expect(report.models[i]?.rows.at(-1)?.scope).toEqual(model.internalAlias?.selectiveAccess ?? [])
        })
      }),
      { numRuns: 60 },
    )
  })

  it('each integration shows the decision on its scheduled run: its run identity and warnings', () => {
    fc.assert(
      fc.property(worldArb, (input) => {
        const world = compiled(input)
        for (const integration of accessReport(world).integrations) {
          const run = decide(world)(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration(integration.id)))
          expect(integration.run).toEqual(run)
          expect(integration.runsAs).toBe(run.effect === 'deny' ? 'denied' : run.actor?.kind === 'user' ? run.actor.id : 'Internal (Full Access)')
        }
      }),
      { numRuns: 60 },
    )
  })

  it('the page escapes every id: what the world names is shown, never run', () => {
    const input: WorldInput = {
      tenant: {
        users: [{ id: '<img src=x onerror=alert(1)>', kind: 'internal' }],
        workspaces: [{ id: 'ws"&', members: [{ user: '<img src=x onerror=alert(1)>' }] }],
        models: [{ id: "m'<script>", workspace: 'ws"&', versions: [{ id: 'v' }], modules: [{ id: '<u>', lineItems: [{ id: 'li' }] }] }],
      },
    }
    const html = reportHtml(accessReport(compiled(input)), { title: '<title>' })
    expect(html).not.toMatch(/<img|<script|<u>|<title><\/title>/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
