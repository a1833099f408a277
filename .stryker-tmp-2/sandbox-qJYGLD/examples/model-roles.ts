// @ts-nocheck
// Model roles: what a custom role lets a planner do in a forecasting model, and what it does not.
// Run with: npx tsx examples/model-roles.ts
import { compile, decide, explain, id, resource, subject, type Action, type Resource, type WorldInput } from '../src/index.js'

const input: WorldInput = {
  tenant: {
    users: ['priya', 'felix', 'nora', 'wes'].map((user) => ({ id: user, kind: 'internal' as const })),
    workspaces: [{ id: 'finance', members: [{ user: 'priya' }, { user: 'felix' }, { user: 'nora' }, { user: 'wes', admin: true }] }],
    models: [
      {
        id: 'forecast',
        workspace: 'finance',
        roles: [{ id: 'planner', modules: { revenue: 'write', headcount: 'read' }, versions: { actuals: 'read', budget: 'write' }, lists: ['products'], actions: ['exportRevenue'] }],
        assignments: [
          { user: 'priya', role: 'planner' },
          { user: 'felix', role: 'fullAccess' },
          { user: 'nora', role: 'noAccess' },
          { user: 'wes', role: 'fullAccess' },
        ],
        lists: [{ id: 'products', items: [{ id: 'widgets' }] }],
        versions: [{ id: 'actuals' }, { id: 'budget' }],
        modules: [
          { id: 'revenue', lists: ['products'], lineItems: [{ id: 'sales' }] },
          { id: 'headcount', lineItems: [{ id: 'fte' }] },
        ],
        actions: [
          { id: 'exportRevenue', kind: 'export', source: { module: 'revenue' }, target: { file: true } },
          { id: 'rollForward', kind: 'updateCurrentPeriod' },
        ],
      },
    ],
  },
}

const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const ask = decide(compiled.right)
const model = id.model('forecast')
const cell = (module: string, lineItem: string, version: string, items: Record<string, string> = {}): Resource =>
  resource.cell({ model, module: id.module(module), lineItem: id.lineItem(lineItem), version: id.version(version), items: Object.fromEntries(Object.entries(items).map(([l, i]) => [l, id.item(i)])) })
const write: Action = { type: 'cell.write', channel: 'interactive' }

const questions: readonly (readonly [string, string, Action, Resource])[] = [
  ['Priya (planner) enters budget sales for widgets', 'priya', write, cell('revenue', 'sales', 'budget', { products: 'widgets' })],
  ['Priya corrects last year’s actuals', 'priya', write, cell('revenue', 'sales', 'actuals', { products: 'widgets' })],
  ['Priya edits headcount', 'priya', write, cell('headcount', 'fte', 'budget')],
  ['Priya adds a product to the list', 'priya', { type: 'list.editStructure' }, resource.list(model, id.list('products'))],
  ['Nora (No Access) opens the model', 'nora', { type: 'model.open' }, resource.model(model)],
  ['Felix (Full Access) rolls the current period forward', 'felix', { type: 'modelAction.run' }, resource.modelAction(model, id.modelAction('rollForward'))],
  ['Wes (workspace administrator) rolls the current period forward', 'wes', { type: 'modelAction.run' }, resource.modelAction(model, id.modelAction('rollForward'))],
]

for (const [question, who, action, on] of questions) console.log(`${question}?\n${explain(ask(subject.user(id.user(who)), action, on))}\n`)
