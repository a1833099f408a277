// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, lint, resource, subject, type Actor, type Decision, type TenantInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

const regions = ['i0', 'i1', 'i2', 'i3'] as const
const products = ['p0', 'p1'] as const
const versions = ['v', 'v2'] as const
const lineItems = ['amount', 'price', 'plain'] as const

/** Driver `w` by region, driver `r` by region × product: each value TRUE, FALSE or missing (A33), each driver with a default or none. */
const valuesArb = (keys: readonly string[]) => fc.array(fc.constantFrom(true, false, undefined), { minLength: keys.length, maxLength: keys.length })

/** Model m: module sales by region (selective access, granted Write whole) × product; amount has write driver w, price read driver r and write driver w; import `imp` into sales run by RIU a as integration `load`. */
const world = (write: readonly (boolean | undefined)[], read: readonly (boolean | undefined)[], wsa: boolean, defaults: readonly (boolean | undefined)[]): TenantInput => ({
  users: [{ id: 'a', kind: 'internal', restrictedIntegrationWorkspaces: ['ws'] }],
  workspaces: [{ id: 'ws', members: [{ user: 'a', admin: wsa }] }],
  models: [
    {
      id: 'm',
      workspace: 'ws',
      roles: [{ id: 'loader', modules: { sales: 'write' }, versions: { v: 'write', v2: 'write' }, actions: ['imp'] }],
      assignments: [{ user: 'a', role: 'loader' }],
      versions: versions.map((v) => ({ id: v })),
      lists: [
        { id: 'region', selectiveAccess: true, items: regions.map((item) => ({ id: item })) },
        { id: 'product', items: products.map((item) => ({ id: item })) },
      ],
      modules: [{ id: 'sales', lists: ['region', 'product'], lineItems: [{ id: 'amount', writeDriver: 'w' }, { id: 'price', readDriver: 'r', writeDriver: 'w' }, { id: 'plain' }] }],
      drivers: [
        { id: 'w', dimensions: ['region'], ...defaultOf(defaults[0]), values: regions.flatMap((region, i) => (write[i] === undefined ? [] : [{ items: { region }, value: write[i] }])) },
        {
          id: 'r',
          dimensions: ['region', 'product'],
          ...defaultOf(defaults[1]),
          values: regions.flatMap((region, i) => products.flatMap((product, j) => { const v = read[i * products.length + j]; return v === undefined ? [] : [{ items: { region, product }, value: v }] })),
        },
      ],
      actions: [{ id: 'imp', kind: 'import', source: { file: true }, target: { module: 'sales' } }],
      selectiveAccess: regions.map((item) => ({ user: 'a', list: 'region', item, level: 'write' as const })),
      internalAlias: { selectiveAccess: regions.map((item) => ({ list: 'region', item, level: 'write' as const })) },
    },
  ],
  integrations: [{ id: 'load', workspace: 'ws', restricted: true, createdBy: 'a', lastRunBy: 'a', steps: [{ model: 'm', action: 'imp' }] }],
})

const defaultOf = (value: boolean | undefined) => (value === undefined ? {} : { default: value })

const driven = (warnings: Decision['warnings']): number => warnings.reduce((sum, w) => sum + (w.code === 'dynamic_cell_access.import_skip' ? w.skipped : 0), 0)

describe('import skips by access drivers (F49, A1, R10 on the write side)', () => {
  it('"import will skip n cells" on modelAction.run, cloudworks.run and in lint ⇔ decide caps exactly n target cells by a driver on the import channel; never a deny', () => {
    fc.assert(
      fc.property(valuesArb(regions), valuesArb([...regions, ...regions]), fc.boolean(), fc.boolean(), fc.constantFrom('read' as const, 'none' as const), valuesArb(['w', 'r']), (write, read, wsa, asAlias, alone, defaults) => {
        const w = compiled({ tenant: world(write, read, wsa, defaults) }, { writeDriverAloneFalse: alone })
        const d = decide(w)
        const actor: Actor = asAlias ? subject.internalAlias : subject.user(id.user('a'))
        const cells = versions.flatMap((version) =>
          lineItems.flatMap((lineItem) =>
            regions.flatMap((region) =>
              products.map((product) => resource.cell({ model: id.model('m'), module: id.module('sales'), lineItem: id.lineItem(lineItem), version: id.version(version), items: { region: id.item(region), product: id.item(product) } })),
            ),
          ),
        )
        const capped = cells.filter((cell) => {
          const decision = d(actor, { type: 'cell.write', channel: 'fileImport' }, cell)
          return decision.effect === 'deny' && decision.reasons.some((r) => r.code.startsWith('dynamic_cell_access.'))
        }).length
        const run = d(actor, { type: 'modelAction.run' }, resource.modelAction(id.model('m'), id.modelAction('imp')))
        expect(run.effect).toBe('allow')
        expect(driven(run.warnings)).toBe(capped)
        for (const warning of run.warnings) if (warning.code === 'dynamic_cell_access.import_skip') expect(warning.cells).toBe(versions.length * regions.length * products.length)
        if (!asAlias) {
          const scheduled = d(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration('load')))
          expect(scheduled.effect).toBe('allow')
          expect(driven(scheduled.warnings)).toBe(capped)
          const found = lint(w).filter((f) => f.code === 'integration.import_skips_driven_cells')
          expect(found.reduce((sum, f) => sum + ('cells' in f ? f.skipped : 0), 0)).toBe(capped)
        }
      }),
      { numRuns: 300 },
    )
  })
})
