/**
 * Worlds and commands for the properties of per-step run-as (seed 002, long term B, A32): an
 * integration administrator's integration `nightly` of three export steps and a restricted one
 * `rsync`, users holding either integration role or none, with random model roles and selective access,
 * and commands that set and clear steps' run-as users, disable users and take the IA role away.
 */
import fc from 'fast-check'
import { id, resource, subject, type Action, type Command, type Resource, type Subject, type TenantInput, type WorldInput } from '../../src/index.js'
import { command, t0 } from './commands.js'

const items = ['i0', 'i1', 'i2'] as const
const people = ['ia1', 'ia2', 'r1', 'u1'] as const
const roleArb = fc.constantFrom('fullAccess', 'noAccess', 'exporter')
const grantsArb = fc.subarray([...items]).map((granted) => granted.map((item) => ({ list: 'region', item, level: 'read' as const })))
const stepRunAsArb = fc.option(fc.constantFrom('ia1', 'ia2'), { nil: undefined, freq: 2 })

/** The worlds: ia1 and ia2 integration administrators (ia2 sometimes outside ws0), r1 a restricted integration user, u1 neither. */
export const stepWorlds: fc.Arbitrary<WorldInput> = fc
  .record({
    roles: fc.tuple(roleArb, roleArb, roleArb, roleArb),
    grants: fc.tuple(grantsArb, grantsArb, grantsArb, grantsArb),
    alias: grantsArb,
    ia2Member: fc.boolean(),
    steps: fc.tuple(stepRunAsArb, stepRunAsArb, stepRunAsArb),
  })
  .map(({ roles, grants, alias, ia2Member, steps }): WorldInput => {
    const tenant: TenantInput = {
      users: [
        { id: 'tina', kind: 'internal', roles: ['tenantAdmin', 'userAdmin'] },
        { id: 'ia1', kind: 'internal', roles: ['integrationAdmin'] },
        { id: 'ia2', kind: 'internal', roles: ['integrationAdmin'] },
        { id: 'r1', kind: 'internal', restrictedIntegrationWorkspaces: ['ws0'] },
        { id: 'u1', kind: 'internal' },
      ],
      workspaces: [{ id: 'ws0', members: people.filter((p) => p !== 'ia2' || ia2Member).map((user) => ({ user })) }],
      models: [
        {
          id: 'm',
          workspace: 'ws0',
          roles: [{ id: 'exporter', modules: { sales: 'read' }, actions: ['e', 'f'] }],
          assignments: people.filter((p) => p !== 'ia2' || ia2Member).map((user, i) => ({ user, role: roles[i] ?? 'noAccess' })),
          lists: [{ id: 'region', selectiveAccess: true, items: items.map((item) => ({ id: item })) }],
          modules: [{ id: 'sales', lists: ['region'] }],
          actions: [
            { id: 'e', kind: 'export', source: { module: 'sales' }, target: { file: true } },
            { id: 'f', kind: 'export', source: { module: 'sales' }, target: { file: true } },
          ],
          selectiveAccess: people.filter((p) => p !== 'ia2' || ia2Member).flatMap((user, i) => (grants[i] ?? []).map((g) => ({ user, ...g }))),
          internalAlias: { selectiveAccess: alias },
        },
      ],
      integrations: [
        {
          id: 'nightly',
          workspace: 'ws0',
          restricted: false,
          createdBy: 'ia1',
          steps: (['e', 'f', 'e'] as const).map((action, i) => ({ model: 'm', action, ...(steps[i] === undefined ? {} : { runAs: steps[i] }) })),
        },
        { id: 'rsync', workspace: 'ws0', restricted: true, createdBy: 'r1', lastRunBy: 'r1', steps: [{ model: 'm', action: 'e' }] },
      ],
    }
    return { tenant }
  })

const integrations = ['nightly', 'nightly', 'nightly', 'rsync'] as const
const at = { minute: fc.integer({ min: 0, max: 59 }), tiebreak: fc.nat({ max: 3 }) }

/** Step run-as acts (mostly a user naming themselves), and now and then a change to ia2 that a run re-checks. */
export const stepCommands: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ actor: fc.constantFrom('ia1', 'ia2', 'r1', 'u1', 'tina'), self: fc.nat({ max: 4 }), other: fc.constantFrom('ia1', 'ia2', 'u1'), step: fc.integer({ min: 1, max: 4 }), integration: fc.constantFrom(...integrations), ...at })
      .map(({ actor, self, other, step, integration, minute, tiebreak }): Command => ({
        actor: subject.user(id.user(actor)),
        action: { type: 'cloudworks.setStepRunAs', step, user: self === 0 ? null : self === 1 ? id.user(other) : id.user(actor) },
        resource: resource.integration(id.integration(integration)),
        at: t0 + minute * 60_000,
        tiebreak,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ enabled: fc.boolean(), ...at }).map(({ enabled, minute, tiebreak }): Command => ({
      actor: subject.user(id.user('tina')),
      action: { type: 'tenant.setAccountStatus', enabled },
      resource: resource.user(id.user('ia2')),
      at: t0 + minute * 60_000,
      tiebreak,
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ assign: fc.boolean(), ...at })
      .map(({ assign, minute, tiebreak }): Command =>
        command('tina', assign ? { type: 'tenant.assignRole', role: 'integrationAdmin' } : { type: 'tenant.unassignRole', role: 'integrationAdmin' }, resource.user(id.user('ia2')), minute, tiebreak),
      ),
  },
)

/** The scheduled and manual runs of both integrations, and the step run-as acts of each user. */
export const stepProbes: readonly (readonly [Subject, Action, Resource])[] = [
  ...(['nightly', 'rsync'] as const).flatMap((integration) =>
    [subject.scheduler, subject.user(id.user('ia1')), subject.user(id.user('r1'))].map((who) => [who, { type: 'cloudworks.run' }, resource.integration(id.integration(integration))] as const),
  ),
  ...(['ia1', 'ia2', 'u1'] as const).map((user) => [subject.user(id.user(user)), { type: 'cloudworks.setStepRunAs', step: 1, user: id.user(user) }, resource.integration(id.integration('nightly'))] as const),
]
