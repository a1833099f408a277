// @ts-nocheck
import fc from 'fast-check'
import { decide, id, resource, subject, type Actor, type Decision, type Subject, type TenantInput } from '../../../src/index.js'
import { compiled } from '../compiled.js'

type Grant = { readonly list: string; readonly item: string; readonly level: 'read' | 'write' }

const items = ['i0', 'i1', 'i2', 'i3'] as const
const grantsArb: fc.Arbitrary<readonly Grant[]> = fc.uniqueArray(
  fc.record({ list: fc.constant('region'), item: fc.constantFrom(...items), level: fc.constantFrom('read' as const, 'write' as const) }),
  { selector: (g) => g.item },
)

/** The random parts of a run world: who holds which role and grant in model m, and the integration. */
export interface RunWorldParts {
  readonly roles: { readonly a: string; readonly b: string; readonly ia: string }
  readonly grants: { readonly a: readonly Grant[]; readonly b: readonly Grant[]; readonly ia: readonly Grant[] }
  readonly alias: readonly Grant[] | undefined
  readonly restricted: boolean
  readonly createdBy: 'a' | 'b' | 'ia'
  readonly lastRunBy: 'a' | 'b' | undefined
  readonly privateExport: boolean
}

const roleArb = fc.constantFrom('fullAccess', 'noAccess', 'exporter', 'reader')

/** Random run worlds: RIUs a and b and IA ia, model m with an export of a module dimensioned by the SA list region. */
export const runWorldPartsArb: fc.Arbitrary<RunWorldParts> = fc.record({
  roles: fc.record({ a: roleArb, b: roleArb, ia: roleArb }),
  grants: fc.record({ a: grantsArb, b: grantsArb, ia: grantsArb }),
  alias: fc.option(grantsArb, { nil: undefined, freq: 5 }),
  restricted: fc.boolean(),
  createdBy: fc.constantFrom('a' as const, 'b' as const, 'ia' as const),
  lastRunBy: fc.option(fc.constantFrom('a' as const, 'b' as const), { nil: undefined, freq: 5 }),
  privateExport: fc.boolean(),
})

/** The tenant of a run world: integration `run` in ws0, whose one step is export `e` of model m. */
export const runWorld = (parts: RunWorldParts): TenantInput => ({
  users: [
    { id: 'a', kind: 'internal', restrictedIntegrationWorkspaces: ['ws0'] },
    { id: 'b', kind: 'internal', restrictedIntegrationWorkspaces: ['ws0'] },
    { id: 'ia', kind: 'internal', roles: ['integrationAdmin'] },
  ],
  workspaces: [{ id: 'ws0', members: [{ user: 'a' }, { user: 'b' }, { user: 'ia' }] }],
  models: [
    {
      id: 'm',
      workspace: 'ws0',
      roles: [
        { id: 'exporter', modules: { sales: 'read' }, actions: ['e'] },
        { id: 'reader', modules: { sales: 'read' } },
      ],
      assignments: (['a', 'b', 'ia'] as const).map((user) => ({ user, role: parts.roles[user] })),
      lists: [{ id: 'region', selectiveAccess: true, items: items.map((item) => ({ id: item })) }],
      modules: [{ id: 'sales', lists: ['region'] }],
      actions: [{ id: 'e', kind: 'export', source: { module: 'sales' }, target: { file: true }, ...(parts.privateExport ? { visibility: 'private' as const, createdBy: 'b' } : {}) }],
      selectiveAccess: (['a', 'b', 'ia'] as const).flatMap((user) => parts.grants[user].map((g) => ({ user, ...g }))),
      ...(parts.alias === undefined ? {} : { internalAlias: { selectiveAccess: parts.alias } }),
    },
  ],
  integrations: [
    {
      id: 'run',
      workspace: 'ws0',
      restricted: parts.restricted,
      createdBy: parts.createdBy,
      ...(parts.lastRunBy === undefined ? {} : { lastRunBy: parts.lastRunBy }),
      steps: [{ model: 'm', action: 'e' }],
    },
  ],
})

/** Decides a run of integration `run` in a run world. */
export const runDecision = (tenant: TenantInput, trigger: Subject): Decision =>
  decide(compiled({ tenant }))(trigger, { type: 'cloudworks.run' }, resource.integration(id.integration('run')))

/** Decides the step itself (`modelAction.run` of export e) as an actor, as a run would. */
export const stepDecision = (tenant: TenantInput, actor: Actor): Decision =>
  decide(compiled({ tenant }))(actor, { type: 'modelAction.run' }, resource.modelAction(id.model('m'), id.modelAction('e')))

/**
 * What a run's decision says about its step: allowed or the step's reason codes, and its warnings.
 * The same shape from a step decision, so the two can be compared.
 */
export const stepOutcome = (decision: Decision): { readonly denied: readonly string[] | undefined; readonly warnings: readonly string[] } => {
  const denied = decision.reasons.flatMap((r) => (r.code === 'integration_roles.step_denied' ? [r.reasons] : []))[0]
  return { denied: denied === undefined ? undefined : [...denied].sort(), warnings: decision.warnings.map((w) => w.code).sort() }
}

/** {@link stepOutcome} of a step decided directly. */
export const directOutcome = (decision: Decision): { readonly denied: readonly string[] | undefined; readonly warnings: readonly string[] } => ({
  denied: decision.effect === 'allow' ? undefined : decision.reasons.map((r) => r.code).sort(),
  warnings: decision.warnings.map((w) => w.code).sort(),
})

/** A user subject. */
export const userActor = (user: string): Actor => subject.user(id.user(user))
