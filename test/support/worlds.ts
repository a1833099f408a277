// The sample world of examples/, its id pools, and a generator of small valid worlds whose ids include
// prototype names (`__proto__`, `constructor`, ...), so every property also covers I-proto ids.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { id, resource, type ModelInput, type Resource, type Subject, type TenantInput, type WorldInput } from '../../src/index.js'
import type { IdPools, Question } from './arbitraries/questions.js'

/** The sample tenant of `examples/world.json`. */
export const sampleInput = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/world.json'), 'utf8')) as WorldInput & { readonly tenant: TenantInput }

/** A cell of the sample world: the Berlin budget of widgets, which the planner Paula may write. */
export const sampleBerlin: Resource = resource.cell({
  model: id.model('finance-plan'),
  module: id.module('opex'),
  lineItem: id.lineItem('amount'),
  version: id.version('budget'),
  items: { 'cost-centre': id.item('cc-berlin'), product: id.item('widgets') },
})

/** Every id a world uses, by what it names (built-in roles included). */
export const poolsOf = (world: WorldInput): IdPools => {
  const t = world.tenant
  const models = t?.models ?? []
  const each = <T>(f: (m: ModelInput) => readonly T[]): readonly T[] => models.flatMap(f)
  return {
    users: (t?.users ?? []).map((u) => u.id),
    workspaces: (t?.workspaces ?? []).map((w) => w.id),
    models: models.map((m) => m.id),
    roles: ['fullAccess', 'noAccess', ...each((m) => (m.roles ?? []).map((r) => r.id))],
    lists: each((m) => (m.lists ?? []).map((l) => l.id)),
    items: each((m) => (m.lists ?? []).flatMap((l) => (l.items ?? []).map((i) => i.id))),
    modules: each((m) => (m.modules ?? []).map((x) => x.id)),
    lineItems: each((m) => (m.modules ?? []).flatMap((x) => (x.lineItems ?? []).map((l) => l.id))),
    versions: each((m) => (m.versions ?? []).map((v) => v.id)),
    actions: each((m) => (m.actions ?? []).map((a) => a.id)),
    connections: (t?.connections ?? []).map((c) => c.id),
    integrations: (t?.integrations ?? []).map((i) => i.id),
  }
}

const names = ['ana', 'bob', 'cy', '__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const
const ids = (min: number, max: number, prefix = ''): fc.Arbitrary<readonly string[]> =>
  fc.uniqueArray(fc.constantFrom(...names), { minLength: min, maxLength: max }).map((xs) => xs.map((x) => prefix + x))
const access = fc.constantFrom<'none' | 'read' | 'write'>('none', 'read', 'write')
const granted = fc.constantFrom<'read' | 'write'>('read', 'write')
const subset = <T>(xs: readonly T[]): fc.Arbitrary<readonly T[]> => fc.subarray([...xs])

/** A model over `users` in one of `workspaces`: a chain of lists (each the parent of the next), SA closed upward. */
const modelArb = (id: string, users: readonly string[], workspaces: readonly string[]): fc.Arbitrary<ModelInput> =>
  fc
    .record({
      workspace: fc.constantFrom(...workspaces),
      lists: ids(1, 3),
      items: ids(1, 3),
      saFrom: fc.nat(3),
      modules: ids(1, 2),
      versions: ids(1, 2),
      roles: ids(0, 2, 'r-'),
      alias: fc.boolean(),
    })
    .chain((m) => {
      // Lists from position saFrom on have SA; as the lists form one chain, SA cascades up to all of them (I12).
      const saLists = m.saFrom < m.lists.length ? m.lists : []
      const lists = m.lists.map((list, i) => ({
        id: list,
        ...(i > 0 ? { parent: m.lists[i - 1] } : {}),
        ...(i >= m.saFrom ? { selectiveAccess: true } : {}),
        items: m.items.map((item, j) => ({ id: `${list}.${item}`, ...(i > 0 ? { parent: `${m.lists[i - 1]}.${m.items[j % m.items.length]}` } : {}) })),
      }))
      const grant = fc.record({ list: fc.constantFrom(...(saLists.length > 0 ? saLists : ['-'])), j: fc.constantFrom(...m.items), level: granted })
      return fc.record({
        moduleDims: fc.array(subset(m.lists), { minLength: m.modules.length, maxLength: m.modules.length }),
        roleAccess: fc.array(fc.record({ modules: fc.array(access, { minLength: m.modules.length, maxLength: m.modules.length }), versions: fc.array(access, { minLength: m.versions.length, maxLength: m.versions.length }) }), { minLength: m.roles.length, maxLength: m.roles.length }),
        assignments: subset(users).chain((us) => fc.tuple(...us.map((u) => fc.constantFrom('fullAccess', 'noAccess', ...m.roles).map((role) => ({ user: u, role }))))),
        grants: fc.array(fc.record({ user: fc.constantFrom(...users), g: grant }), { maxLength: saLists.length === 0 ? 0 : 6 }),
        aliasGrants: fc.array(grant, { maxLength: saLists.length === 0 ? 0 : 3 }),
      }).map((r): ModelInput => ({
        id,
        workspace: m.workspace,
        lists,
        versions: m.versions.map((v) => ({ id: v })),
        modules: m.modules.map((mod, i) => ({ id: mod, lists: r.moduleDims[i] ?? [], lineItems: [{ id: 'li' }, { id: `${mod}-li` }] })),
        roles: m.roles.map((role, i) => ({
          id: role,
          modules: Object.fromEntries(m.modules.map((mod, k) => [mod, r.roleAccess[i]?.modules[k] ?? 'none'])),
          versions: Object.fromEntries(m.versions.map((v, k) => [v, r.roleAccess[i]?.versions[k] ?? 'none'])),
        })),
        assignments: r.assignments,
        selectiveAccess: r.grants.map(({ user, g }) => ({ user, list: g.list, item: `${g.list}.${g.j}`, level: g.level })),
        ...(m.alias ? { internalAlias: { selectiveAccess: r.aliasGrants.map((g) => ({ list: g.list, item: `${g.list}.${g.j}`, level: g.level })) } } : {}),
        actions: [{ id: 'export', kind: 'export', source: { module: m.modules[0] ?? '' }, target: { file: true } }],
      }))
    })

/** A small valid world: users with administration roles, workspaces with members, 0–2 models, CloudWorks objects. */
export const worldArb: fc.Arbitrary<WorldInput & { readonly tenant: TenantInput }> = fc
  .record({ users: ids(1, 5), workspaces: ids(1, 3, 'ws-'), models: ids(0, 2, 'm-') })
  .chain(({ users, workspaces, models }) =>
    fc.record({
      users: fc.tuple(
        ...users.map((u) =>
          fc.record({
            kind: fc.constantFrom<'internal' | 'visiting'>('internal', 'visiting'),
            roles: subset(['tenantAdmin', 'userAdmin', 'securityAdmin', 'auditor', 'pageBuilder'] as const),
            ia: fc.boolean(),
            riu: fc.option(fc.subarray([...workspaces], { minLength: 1 }), { nil: undefined }),
          }).map((x) => ({
            id: u,
            kind: x.kind,
            roles: x.kind === 'internal' && x.ia ? [...x.roles, 'integrationAdmin' as const] : x.roles,
            ...(x.kind === 'internal' && x.riu !== undefined ? { restrictedIntegrationWorkspaces: x.riu } : {}),
          })),
        ),
      ),
      workspaces: fc.tuple(...workspaces.map((w) => subset(users).chain((ms) => fc.tuple(...ms.map((user) => fc.boolean().map((admin) => ({ user, admin }))))).map((members) => ({ id: w, members })))),
      models: fc.tuple(...models.map((m) => modelArb(m, users, workspaces))),
      integrations: fc.array(fc.record({ workspace: fc.constantFrom(...workspaces), restricted: fc.boolean(), createdBy: fc.constantFrom(...users), lastRunBy: fc.option(fc.constantFrom(...users), { nil: undefined }) }), { maxLength: 2 }),
    }).map((w) => ({
      tenant: {
        users: w.users,
        workspaces: w.workspaces,
        models: w.models,
        integrations: w.integrations.map(({ lastRunBy, ...rest }, k) => ({ id: `int-${k}`, ...rest, ...(lastRunBy === undefined ? {} : { lastRunBy }) })),
      },
    })),
  )

/** Questions that read every fact of a world: each user and the alias on every list item and model. */
export const probingQuestions = (world: WorldInput): readonly Question[] => {
  const subjects: readonly Subject[] = [{ kind: 'internalAlias' }, ...(world.tenant?.users ?? []).map((u): Subject => ({ kind: 'user', id: id.user(u.id) }))]
  return (world.tenant?.models ?? []).flatMap((m) =>
    subjects.flatMap((subject): readonly Question[] => [
      { subject, action: { type: 'model.open' }, resource: { kind: 'model', id: id.model(m.id) } },
      ...(m.lists ?? []).flatMap((l) =>
        (l.items ?? []).map((i): Question => ({ subject, action: { type: 'listItem.read' }, resource: { kind: 'listItem', model: id.model(m.id), list: id.list(l.id), item: id.item(i.id) } })),
      ),
    ]),
  )
}
