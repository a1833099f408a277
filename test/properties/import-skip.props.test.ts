import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, id, lint, resource, subject, type Actor, type TenantInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

const items = ['i0', 'i1', 'i2', 'i3'] as const
const grantsArb = fc.uniqueArray(fc.record({ item: fc.constantFrom(...items), level: fc.constantFrom('read' as const, 'write' as const) }), { selector: (g) => g.item })

/** Model m: SA list region, module sales by region, import `imp` from a file into sales (or into the list region); RIU a runs integration `load`. */
const world = (
  grants: readonly { item: string; level: 'read' | 'write' }[],
  wsa: boolean,
  alias: readonly { item: string; level: 'read' | 'write' }[],
  target: { readonly module: string } | { readonly list: string } = { module: 'sales' },
): TenantInput => ({
  users: [{ id: 'a', kind: 'internal', restrictedIntegrationWorkspaces: ['ws'] }],
  workspaces: [{ id: 'ws', members: [{ user: 'a', admin: wsa }] }],
  models: [
    {
      id: 'm',
      workspace: 'ws',
      roles: [{ id: 'loader', modules: { sales: 'write' }, versions: { v: 'write' }, actions: ['imp'] }],
      assignments: [{ user: 'a', role: 'loader' }],
      versions: [{ id: 'v' }],
      lists: [{ id: 'region', selectiveAccess: true, items: items.map((item) => ({ id: item })) }],
      modules: [{ id: 'sales', lists: ['region'], lineItems: [{ id: 'amount' }] }],
      actions: [{ id: 'imp', kind: 'import', source: { file: true }, target }],
      selectiveAccess: grants.map((g) => ({ user: 'a', list: 'region', ...g })),
      internalAlias: { selectiveAccess: alias.map((g) => ({ list: 'region', ...g })) },
    },
  ],
  integrations: [{ id: 'load', workspace: 'ws', restricted: true, createdBy: 'a', lastRunBy: 'a', steps: [{ model: 'm', action: 'imp' }] }],
})

const skippedOf = (warnings: readonly { readonly code: string }[]): number =>
  warnings.reduce((sum, w) => sum + ('skipped' in w && w.code === 'selective_access.import_skip' && typeof w.skipped === 'number' ? w.skipped : 0), 0)

describe('import will skip (R10 on the write side, A40)', () => {
  it('"import will skip n items" on modelAction.run, cloudworks.run and in lint ⇔ decide denies the actor exactly n target cells on the import channel; never a deny', () => {
    fc.assert(
      fc.property(grantsArb, fc.boolean(), grantsArb, fc.boolean(), (grants, wsa, alias, asAlias) => {
        const w = compiled({ tenant: world(grants, wsa, alias) })
        const d = decide(w)
        const actor: Actor = asAlias ? subject.internalAlias : subject.user(id.user('a'))
        const run = d(actor, { type: 'modelAction.run' }, resource.modelAction(id.model('m'), id.modelAction('imp')))
        const denied = items.filter(
          (item) =>
            d(actor, { type: 'cell.write', channel: 'fileImport' }, resource.cell({ model: id.model('m'), module: id.module('sales'), lineItem: id.lineItem('amount'), version: id.version('v'), items: { region: id.item(item) } }))
              .effect === 'deny',
        ).length
        expect(run.effect).toBe('allow')
        expect(skippedOf(run.warnings)).toBe(denied)
        if (!asAlias) {
          const scheduled = d(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration('load')))
          expect(scheduled.effect).toBe('allow')
          expect(skippedOf(scheduled.warnings)).toBe(denied)
          const found = lint(w).filter((f) => f.code === 'integration.import_will_skip')
          expect(found.reduce((sum, f) => sum + ('skipped' in f ? f.skipped : 0), 0)).toBe(denied)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('an import into a list (R10, A40)', () => {
  it('warns how many of the list\'s items the actor cannot write, as an import into a module does', () => {
    const w = compiled({ tenant: world([{ item: 'i0', level: 'write' }, { item: 'i1', level: 'read' }], false, [], { list: 'region' }) })
    const run = decide(w)(subject.user(id.user('a')), { type: 'modelAction.run' }, resource.modelAction(id.model('m'), id.modelAction('imp')))
    expect(run.effect).toBe('allow')
    expect(run.warnings).toEqual([{ code: 'selective_access.import_skip', action: 'imp', model: 'm', list: 'region', skipped: 3, items: 4 }])
  })
})
