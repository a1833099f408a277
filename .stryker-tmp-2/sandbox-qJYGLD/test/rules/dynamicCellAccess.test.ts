// @ts-nocheck
import { describe } from 'vitest'
import { modules, policy, type ModelInput } from '../../src/index.js'
import { act, cell, withModel } from '../support/planning-world.js'
import { runRows, type Row } from '../support/planning-rows.js'

/** One line item per F49 row: `<read><write>` with t = TRUE, f = FALSE, n = no driver. */
const lineItems = ['nn', 'tn', 'fn', 'nt', 'nf', 'tt', 'ft', 'tf', 'ff'].map((code) => {
  const driver = (c: string | undefined) => (c === 't' ? 'yes' : c === 'f' ? 'no' : undefined)
  const read = driver(code[0])
  const write = driver(code[1])
  return { id: code, ...(read === undefined ? {} : { readDriver: read }), ...(write === undefined ? {} : { writeDriver: write }) }
})
const model: ModelInput = withModel({
  roles: [{ id: 'planner', modules: { sales: 'write', targets: 'read' }, versions: { plan: 'write' } }],
  modules: [
    { id: 'sales', lists: ['country', 'product'], lineItems: [{ id: 'revenue', writeDriver: 'open' }] },
    { id: 'targets', lineItems: [...lineItems, { id: 'mine', readDriver: 'mine' }] },
  ],
  drivers: [
    { id: 'yes', values: [{ value: true }] },
    { id: 'no', values: [{ value: false }] },
    { id: 'mine', dimensions: ['users'], values: [{ user: 'full', value: true }] },
    { id: 'open', dimensions: ['country'], values: [{ items: { country: 'uk' }, value: true }] },
  ],
  internalAlias: {},
})
const target = (lineItem: string) => cell('targets', lineItem, 'plan')
const sales = (country: string) => cell('sales', 'revenue', 'plan', { country, product: 'p1' })
const ro = ['dynamic_cell_access.read_only']
const hidden = ['dynamic_cell_access.hidden']

const f49: readonly Row[] = [
  { id: 'F49', says: 'no drivers: no restriction', model, who: 'full', action: act.write(), on: target('nn'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F49', says: 'read TRUE alone: Read', model, who: 'full', action: act.write(), on: target('tn'), effect: 'deny', reasons: ro, level: 'read' },
  { id: 'F49', says: 'read FALSE alone: hidden', model, who: 'full', action: act.read(), on: target('fn'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'F49', says: 'write TRUE alone: Write', model, who: 'full', action: act.write(), on: target('nt'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F49', says: 'write FALSE alone: Read (A1)', model, who: 'full', action: act.write(), on: target('nf'), effect: 'deny', reasons: ro, level: 'read' },
  { id: 'F49', says: 'read TRUE, write TRUE: Write', model, who: 'full', action: act.write(), on: target('tt'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F49', says: 'read FALSE, write TRUE: Write (the write driver wins)', model, who: 'full', action: act.write(), on: target('ft'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F49', says: 'read TRUE, write FALSE: Read', model, who: 'full', action: act.write(), on: target('tf'), effect: 'deny', reasons: ro, level: 'read' },
  { id: 'F49', says: 'read FALSE, write FALSE: hidden', model, who: 'full', action: act.read(), on: target('ff'), effect: 'deny', reasons: hidden, level: 'none' },
]

const rows: readonly Row[] = [
  ...f49,
  { id: 'A1', says: 'write FALSE alone is hidden when the setting says none', model, settings: { writeDriverAloneFalse: 'none' }, who: 'full', action: act.read(), on: target('nf'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'F48', says: 'DCA and the role: the most restrictive wins (read TRUE caps Full Access)', model, who: 'full', action: act.read(), on: target('tn'), effect: 'allow', reasons: ['model_roles.full_access', 'dynamic_cell_access.read_only'], level: 'read' },
  { id: 'I7', says: 'a write driver at TRUE never lifts a Read module permission', model, who: 'ana', action: act.write(), on: target('nt'), effect: 'deny', reasons: ['model_roles.module_permission'], level: 'read' },
  { id: 'A3', says: 'DCA applies to a workspace administrator interactively', model, who: 'wsa', action: act.read(), on: target('ff'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'F51', says: 'a workspace administrator imports from a file into cells DCA closes', model, who: 'wsa', action: act.write('fileImport'), on: target('ff'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F53', says: "a workspace administrator's model-to-model import ignores target DCA", model, who: 'wsa', action: act.write('modelImport'), on: target('ff'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F53', says: "a non-administrator's import is limited by target DCA", model, who: 'full', action: act.write('fileImport'), on: target('tf'), effect: 'deny', reasons: ro, level: 'read' },
  { id: 'A26', says: 'source DCA applies to a workspace administrator', model, who: 'wsa', action: act.read('importSource'), on: target('fn'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'F30', says: 'the alias import into a target ignores DCA', model, who: 'alias', action: act.write('modelImport'), on: target('ff'), effect: 'allow', reasons: ['model_roles.internal_alias'], level: 'write' },
  { id: 'F30', says: 'DCA on a source line item binds the alias', model, who: 'alias', action: act.read('export'), on: target('fn'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'F47', says: 'a Users-dimensioned driver reads the actor’s own value', model, who: 'full', action: act.read(), on: target('mine'), effect: 'allow', reasons: ['model_roles.full_access', 'dynamic_cell_access.read_only'], level: 'read' },
  { id: 'A33', says: 'a Users-dimensioned driver without a value for the user is FALSE', model, who: 'wsa', action: act.read(), on: target('mine'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'A33', says: 'the alias reads FALSE on a Users-dimensioned driver', model, who: 'alias', action: act.read('export'), on: target('mine'), effect: 'deny', reasons: hidden, level: 'none' },
  { id: 'F47', says: 'a list-dimensioned driver takes the cell’s item: TRUE opens the cell', model, who: 'wsa', action: act.write(), on: sales('uk'), effect: 'allow', reasons: ['model_roles.full_access'], level: 'write' },
  { id: 'F47', says: 'a list-dimensioned driver without a value is FALSE', model, who: 'wsa', action: act.write(), on: sales('fr'), effect: 'deny', reasons: ro, level: 'read' },
  { id: 'R9', says: 'DCA is evaluated with the acting user’s own permissions', model, who: 'ana', action: act.read(), on: target('fn'), effect: 'deny', reasons: ['dynamic_cell_access.hidden'], level: 'none' },
]

describe('dynamicCellAccess', () => runRows(rows, policy([modules.modelRoles, modules.dynamicCellAccess])))
