// @ts-nocheck
// A tour of the sample tenant (examples/world.json): compile it once, ask realistic questions, print
// the answers as a table, then explain two of them in full. Run with `npm run demo`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { codecs, compile, decide, explain, explainReason } from '../src/index.js'

/** A question as a service receives it: plain JSON, decoded by `codecs.request` below. */
interface Question {
  readonly ask: string
  readonly subject: unknown
  readonly action: unknown
  readonly resource: unknown
}

const user = (id: string) => ({ kind: 'user', id })
const alias = { kind: 'internalAlias' }
const scheduler = { kind: 'scheduler' }
const cell = (lineItem: string, version: string, costCentre: string) =>
  ({ kind: 'cell', model: 'finance-plan', module: 'opex', lineItem, version, items: { 'cost-centre': costCentre, product: 'widgets' } })
const on = (kind: string, fields: Record<string, string>) => ({ kind, ...fields })

const questions: readonly Question[] = [
  { ask: 'Paula reads Berlin budget', subject: user('paula'), action: { type: 'cell.read', channel: 'interactive' }, resource: cell('amount', 'budget', 'cc-berlin') },
  { ask: 'Paula writes Berlin budget', subject: user('paula'), action: { type: 'cell.write', channel: 'interactive' }, resource: cell('amount', 'budget', 'cc-berlin') },
  { ask: 'Paula writes Paris budget (driver FALSE)', subject: user('paula'), action: { type: 'cell.write', channel: 'interactive' }, resource: cell('amount', 'budget', 'cc-paris') },
  { ask: 'Paula writes Berlin actuals', subject: user('paula'), action: { type: 'cell.write', channel: 'interactive' }, resource: cell('amount', 'actual', 'cc-berlin') },
  { ask: 'Pete reads Berlin budget', subject: user('pete'), action: { type: 'cell.read', channel: 'interactive' }, resource: cell('amount', 'budget', 'cc-berlin') },
  { ask: 'Pete reads New York salaries', subject: user('pete'), action: { type: 'cell.read', channel: 'interactive' }, resource: cell('salaries', 'budget', 'cc-new-york') },
  { ask: 'Wes (WSA) writes Paris budget', subject: user('wes'), action: { type: 'cell.write', channel: 'interactive' }, resource: cell('amount', 'budget', 'cc-paris') },
  { ask: 'The alias exports Berlin budget', subject: alias, action: { type: 'cell.read', channel: 'export' }, resource: cell('amount', 'budget', 'cc-berlin') },
  { ask: 'Wes orders the product list', subject: user('wes'), action: { type: 'modelAction.run' }, resource: on('modelAction', { model: 'finance-plan', action: 'order-products' }) },
  { ask: "Pete runs Paula's private export", subject: user('pete'), action: { type: 'modelAction.run' }, resource: on('modelAction', { model: 'finance-plan', action: 'export-my-cost-centres' }) },
  { ask: 'Uma (user admin) creates a user', subject: user('uma'), action: { type: 'tenant.createInternalUser', user: 'nina', email: 'nina@acme.example', workspaces: ['finance'] }, resource: { kind: 'tenant' } },
  { ask: 'Tina (tenant admin) makes Paula an IA', subject: user('tina'), action: { type: 'tenant.assignRole', role: 'integrationAdmin' }, resource: on('user', { id: 'paula' }) },
  { ask: 'Wes adds Vera to finance (switch on)', subject: user('wes'), action: { type: 'workspace.addUser', workspace: 'finance', via: 'model' }, resource: on('user', { id: 'vera' }) },
  { ask: 'Sam (auditor) reads the audit log', subject: user('sam'), action: { type: 'tenant.readAudit' }, resource: { kind: 'tenant' } },
  { ask: 'The scheduler runs the nightly export', subject: scheduler, action: { type: 'cloudworks.run' }, resource: on('integration', { id: 'nightly-opex-export' }) },
  { ask: 'Rita (RIU) runs her budget upload', subject: user('rita'), action: { type: 'cloudworks.run' }, resource: on('integration', { id: 'budget-upload' }) },
  { ask: 'Ian (IA) manages the RIU connection', subject: user('ian'), action: { type: 'cloudworks.manage', operation: 'update' }, resource: on('cloudworksConnection', { id: 's3-rita' }) },
]
const explained = ['The alias exports Berlin budget', 'The scheduler runs the nightly export']

const world = compile(JSON.parse(readFileSync(join(import.meta.dirname, 'world.json'), 'utf8')))
if (world._tag === 'Left') {
  for (const error of world.left) console.error(`${error.path}: ${error.message}`)
  process.exit(1)
}
const ask = decide(world.right)
const answers = questions.map((q) => {
  const request = codecs.request.decode({ subject: q.subject, action: q.action, resource: q.resource })
  if (request._tag === 'Left') throw new Error(`${q.ask}: ${codecs.report(request.left).map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  return { q, d: ask(request.right.subject, request.right.action, request.right.resource) }
})

const rows = [
  ['question', 'answer', 'level', 'actor', 'explanation'],
  ...answers.map(({ q, d }) => [
    q.ask,
    d.effect,
    d.level,
    d.actor === undefined ? '' : d.actor.kind === 'user' ? d.actor.id : 'Internal (Full Access)',
    d.reasons[0] === undefined ? '' : explainReason(d.reasons[0]),
  ]),
]
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? []
const line = (row: readonly string[]): string => row.map((cellText, i) => (i === row.length - 1 ? cellText : cellText.padEnd(widths[i] ?? 0))).join(' | ')
console.log(line(rows[0] ?? []))
console.log(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 11 : w)).join('-|-'))
for (const row of rows.slice(1)) console.log(line(row))

for (const { q, d } of answers.filter(({ q }) => explained.includes(q.ask))) console.log(`\n${q.ask}?\n${explain(d)}`)
