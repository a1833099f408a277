// @ts-nocheck
// Seed 002, the alias trap, end to end: an integration administrator's scheduled export runs as
// Internal (Full Access), which has no selective access on the region list, so the file comes out
// empty without an error (R13, R15, R16, F27, I30). `lint` names it; then both fixes change the outcome:
// give the alias Read on the list, or run the export as a named user (run-as, A32) or as a restricted
// integration user (R17, F23). Run: npx tsx examples/seed-002-alias-trap.ts
import {
  apply,
  compile,
  decide,
  explain,
  explainFinding,
  id,
  lint,
  resource,
  subject,
  type IntegrationInput,
  type ModelInput,
  type TenantInput,
  type World,
} from '../src/index.js'

const model: ModelInput = {
  id: 'fp',
  workspace: 'finance',
  roles: [{ id: 'analyst', modules: { sales: 'read' }, versions: { actual: 'read' }, actions: ['exportSales'] }],
  assignments: [{ user: 'ivan', role: 'analyst' }, { user: 'rita', role: 'analyst' }],
  lists: [{ id: 'region', selectiveAccess: true, items: [{ id: 'emea' }, { id: 'amer' }] }],
  versions: [{ id: 'actual' }],
  modules: [{ id: 'sales', lists: ['region'], lineItems: [{ id: 'revenue' }] }],
  actions: [{ id: 'exportSales', kind: 'export', source: { module: 'sales' }, target: { file: true } }],
  selectiveAccess: ['ivan', 'rita'].flatMap((user) => ['emea', 'amer'].map((item) => ({ user, list: 'region', item, level: 'read' as const }))),
  internalAlias: {},
}

const nightly: IntegrationInput = { id: 'nightlyExport', workspace: 'finance', restricted: false, createdBy: 'ingrid', steps: [{ model: 'fp', action: 'exportSales' }] }

const tenant = (fpModel: ModelInput, integration: IntegrationInput): TenantInput => ({
  users: [
    { id: 'ingrid', kind: 'internal', roles: ['integrationAdmin'] },
    { id: 'ivan', kind: 'internal', roles: ['integrationAdmin'] },
    { id: 'rita', kind: 'internal', restrictedIntegrationWorkspaces: ['finance'] },
  ],
  workspaces: [{ id: 'finance', members: [{ user: 'ivan' }, { user: 'rita' }] }],
  models: [fpModel],
  integrations: [integration],
})

const compiled = (input: TenantInput): World => {
  const world = compile({ tenant: input })
  if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return world.right
}

const scheduledRun = (world: World, integration: string): void => {
  console.log(explain(decide(world)(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration(integration)))))
  const findings = lint(world)
  console.log(findings.length === 0 ? 'lint: nothing to report.' : findings.map((f) => `lint (${f.severity}): ${explainFinding(f)}`).join('\n'))
}

console.log('1. Ingrid, an integration administrator, schedules a nightly export. It runs as Internal (Full Access):')
scheduledRun(compiled(tenant(model, nightly)), 'nightlyExport')

console.log('\n2. Fix one: a workspace administrator gives the alias Read on region (R13, F29):')
const aliasRead = { ...model, internalAlias: { selectiveAccess: ['emea', 'amer'].map((item) => ({ list: 'region', item, level: 'read' as const })) } }
scheduledRun(compiled(tenant(aliasRead, nightly)), 'nightlyExport')

console.log('\n3. Fix two: Ivan, an integration administrator who reads every region, sets himself as run-as (A32):')
const before = compiled(tenant(model, nightly))
const consent = decide(before)(subject.user(id.user('ivan')), { type: 'cloudworks.setRunAs', user: id.user('ivan') }, resource.integration(id.integration('nightlyExport')))
console.log(explain(consent))
scheduledRun(compiled(tenant(model, { ...nightly, runAs: 'ivan' })), 'nightlyExport')

console.log('\n4. Or: Rita, a restricted integration user who reads every region, builds it as a restricted integration and runs it once by hand (R17, F23):')
const restricted: IntegrationInput = { ...nightly, id: 'ritaExport', restricted: true, createdBy: 'rita' }
const unrun = compiled(tenant(model, restricted))
const byHand = apply(unrun, {
  actor: subject.user(id.user('rita')),
  action: { type: 'cloudworks.run' },
  resource: resource.integration(id.integration('ritaExport')),
  at: Date.UTC(2026, 10, 23, 9, 0),
  tiebreak: 1,
})
if (byHand._tag === 'Left') throw new Error(byHand.left.reasons.map((r) => r.code).join(', '))
if (byHand.right.decision !== undefined) console.log(explain(byHand.right.decision))
console.log('Applied as a command, her manual run records her as the last runner (A31); from then on the schedule acts as Rita:')
scheduledRun(byHand.right.world, 'ritaExport')
