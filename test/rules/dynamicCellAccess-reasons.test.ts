// Dynamic cell access: whole reasons and warnings with their parameters (the import warning's counts),
// a driver's default where the cell has no value, the module alone where a guard of its own would
// otherwise hide behind another module's deny, and the module's name in a trace.
import { describe, expect, it } from 'vitest'
import { decideWith, id, modules, policy, resource, subject, traceWith, type Action, type ModelInput, type Resource, type Subject, type World } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, actor, baseModel, cell, planningTenant, withModel } from '../support/planning-world.js'

/** A list of 3,000 items, `r0`…`r2999` for rows. */
const numbered = (list: string) => ({ id: list, items: Array.from({ length: 3000 }, (_, i) => ({ id: `${list[0] ?? ''}${i}` })) })

/**
 * The planning model (country uk, fr, us × product p1, p2; versions actual and plan) with drivers:
 * `grid` over country × product, TRUE at fr/p2 and us/p1 only (kept by cell number); `perUser` over
 * country × users, TRUE by default, FALSE for full at fr (kept in nested maps); `yes` and `no`, global;
 * `sparse` over two lists of 3,000 items, TRUE by default and no value: its 9 million cells are too many
 * for a few values, so it too is kept in nested maps. Module sales: revenue (write driver grid), margin
 * (read driver perUser), locked (read driver yes), open (write driver yes); targets: closed (read
 * driver no); wide: spot (read driver sparse). `loadSales` imports a file into sales.
 */
const model: ModelInput = withModel({
  modules: [
    { id: 'sales', lists: ['country', 'product'], lineItems: [{ id: 'revenue', writeDriver: 'grid' }, { id: 'margin', readDriver: 'perUser' }, { id: 'locked', readDriver: 'yes' }, { id: 'open', writeDriver: 'yes' }] },
    { id: 'targets', lineItems: [{ id: 'closed', readDriver: 'no' }] },
    { id: 'wide', lists: ['rows', 'columns'], lineItems: [{ id: 'spot', readDriver: 'sparse' }] },
  ],
  lists: [...(baseModel.lists ?? []), numbered('rows'), numbered('columns')],
  drivers: [
    { id: 'grid', dimensions: ['country', 'product'], values: [{ items: { country: 'fr', product: 'p2' }, value: true }, { items: { country: 'us', product: 'p1' }, value: true }] },
    { id: 'perUser', dimensions: ['country', 'users'], default: true, values: [{ items: { country: 'fr' }, user: 'full', value: false }] },
    { id: 'yes', values: [{ value: true }] },
    { id: 'no', values: [{ value: false }] },
    { id: 'sparse', dimensions: ['rows', 'columns'], default: true },
  ],
  actions: [...(baseModel.actions ?? []), { id: 'loadSales', kind: 'import', source: { file: true }, target: { module: 'sales' } }],
  internalAlias: {},
})
const world = compiled({ tenant: planningTenant(model) })
const fp = id.model('fp')
const margin = (country: string) => cell('sales', 'margin', 'plan', { country, product: 'p1' })
const closed = cell('targets', 'closed', 'plan')
const loadSales = resource.modelAction(fp, id.modelAction('loadSales'))

const withRoles = decideWith(policy([modules.modelRoles, modules.dynamicCellAccess]))(world)
const outcome = (who: Subject, action: Action, target: Resource) => {
  const { effect, level, reasons, warnings } = withRoles(who, action, target)
  return { effect, level, reasons, warnings }
}
const fullAccess = { code: 'model_roles.full_access', model: 'fp' }

describe('dynamic cell access: a driver default where the cell has no value (F47, A33)', () => {
  it('F47 a user without a value of a users-dimensioned driver at the item reads its default TRUE', () => {
    expect(outcome(actor('full'), act.read(), margin('uk'))).toEqual({
      effect: 'allow',
      level: 'read',
      reasons: [{ code: 'dynamic_cell_access.read_only', lineItem: 'margin', driver: 'perUser' }, fullAccess],
      warnings: [],
    })
  })
  it('F47 a value given for the user and item wins over the default', () => {
    expect(outcome(actor('full'), act.read(), margin('fr'))).toEqual({
      effect: 'deny',
      level: 'none',
      reasons: [{ code: 'dynamic_cell_access.hidden', lineItem: 'margin', driver: 'perUser' }],
      warnings: [],
    })
  })
  it('F47 the alias is placed on every list of a driver over lists, and reads its default TRUE', () => {
    expect(outcome(subject.internalAlias, act.read('export'), cell('wide', 'spot', 'plan', { rows: 'r7', columns: 'c2999' }))).toEqual({
      effect: 'allow',
      level: 'read',
      reasons: [{ code: 'dynamic_cell_access.read_only', lineItem: 'spot', driver: 'sparse' }, { code: 'model_roles.internal_alias', model: 'fp' }],
      warnings: [],
    })
  })
  it('A33 the alias has no value on a users dimension: FALSE, whatever the default', () => {
    expect(outcome(subject.internalAlias, act.read('export'), margin('uk'))).toEqual({
      effect: 'deny',
      level: 'none',
      reasons: [{ code: 'dynamic_cell_access.hidden', lineItem: 'margin', driver: 'perUser' }],
      warnings: [],
    })
  })
})

describe('dynamic cell access: the import warning counts the cells its drivers keep below Write (F49, A1, R10)', () => {
  const skip = (lineItem: string, skipped: number, cells: number) => ({ code: 'dynamic_cell_access.import_skip', action: 'loadSales', model: 'fp', module: 'sales', lineItem, skipped, cells })
  it('F49 a write driver over two lists skips the cells where it is not TRUE; a read driver alone skips every cell', () => {
    // revenue: 2 of the 6 country × product cells are TRUE, so 4 × 2 versions are skipped of 12;
    // margin and locked have a read driver alone, which never lets a cell be written; open's write
    // driver is TRUE everywhere, so it skips nothing and is not named.
    expect(outcome(actor('full'), act.run, loadSales)).toEqual({
      effect: 'allow',
      level: 'allowed',
      reasons: [fullAccess],
      warnings: [skip('locked', 12, 12), skip('margin', 12, 12), skip('revenue', 8, 12)],
    })
  })
})

const alone = decideWith(policy([modules.dynamicCellAccess]))
const noGrant = (action: string) => ({ effect: 'deny', reasons: [{ code: 'default.no_grant', action }] })

describe('dynamic cell access alone: what the other layers deny first is no failure here', () => {
  // The full policy denies these requests in another module; alone, the module must say nothing, so
  // that the decision is the default deny (I1) rather than a rule that failed or a cap for nobody.
  it.each<readonly [string, World, Subject, Action, Resource]>([
    ['a model action in a world without a tenant', compiled({}), actor('full'), act.run, loadSales],
    ['a model action of an unknown model', world, actor('full'), act.run, resource.modelAction(id.model('nowhere'), id.modelAction('loadSales'))],
    ['an import into a module with drivers, run by the scheduler (no actor)', world, subject.scheduler, act.run, loadSales],
    ['a cell its read driver hides, asked by the scheduler', world, subject.scheduler, act.read(), closed],
  ])('I1 %s: the default deny', (_, on, who, action, target) => {
    const { effect, reasons } = alone(on)(who, action, target)
    expect({ effect, reasons }).toEqual(noGrant(action.type))
  })

  it('F49 the trace names the module and the hiding driver', () => {
    expect(traceWith(policy([modules.dynamicCellAccess]))(world)(actor('full'), act.read(), closed).trace).toEqual([
      { module: 'dynamicCellAccess', verdicts: [{ tag: 'cap', level: 0, reason: { code: 'dynamic_cell_access.hidden', lineItem: 'closed', driver: 'no' } }] },
    ])
  })
})
