/**
 * Worlds and commands for the impact properties: the generated command tenants, every model given a
 * hierarchy of selective-access lists, modules with cells, a read driver, random grants, and a
 * restricted or unrestricted integration exporting from a model; and every command type at random,
 * CloudWorks runs and run-as included.
 */
// @ts-nocheck

import fc from 'fast-check'
import {
  decide, id, resource, subject, type Command, type Decision, type Impact, type ModelInput, type TenantInput, type World,
} from '../../src/index.js'
import { commandArb, t0, tenantWithListsArb } from './commands.js'
import { userIds } from './arbitraries/tenant.js'

const level = fc.constantFrom('read' as const, 'write' as const)
const access = fc.constantFrom('none' as const, 'read' as const, 'write' as const)
const countries = [{ id: 'uk', parent: 'emea' }, { id: 'fr', parent: 'emea' }, { id: 'jp', parent: 'apac' }]

const modelParts = fc.record({
  module: fc.constantFrom('read' as const, 'write' as const, 'write' as const, 'none' as const),
  versions: fc.record({ actual: fc.constantFrom('read' as const, 'write' as const, 'none' as const), budget: fc.constantFrom('write' as const, 'read' as const) }),
  grants: fc.uniqueArray(
    fc.record({ user: fc.constantFrom(...userIds), list: fc.constantFrom('regions', 'countries'), item: fc.constantFrom('emea', 'apac', 'uk', 'fr', 'jp'), level }),
    { maxLength: 5, selector: (g) => `${g.user}/${g.list}/${g.item}` },
  ).map((gs) => gs.filter((g) => (g.list === 'regions') === (g.item === 'emea' || g.item === 'apac'))),
  driver: fc.constantFrom(['uk', 'fr', 'jp'], ['uk', 'jp'], ['fr', 'jp'], ['uk']),
})

type ModelParts = typeof modelParts extends fc.Arbitrary<infer T> ? T : never

const withCells = (model: ModelInput, parts: ModelParts): ModelInput => ({
  ...model,
  roles: [{ id: 'analyst', modules: { spend: parts.module, plain: parts.module }, versions: parts.versions, actions: ['e'] }],
  lists: [
    ...(model.lists ?? []),
    { id: 'countries', parent: 'regions', selectiveAccess: true, items: countries },
    { id: 'products', items: [{ id: 'p0' }, { id: 'p1' }] },
  ],
  versions: [{ id: 'actual' }, { id: 'budget' }],
  modules: [
    { id: 'spend', lists: ['countries', 'products'], lineItems: [{ id: 'amount', readDriver: 'open' }] },
    { id: 'plain', lists: ['regions'], lineItems: [{ id: 'total' }] },
  ],
  drivers: [{ id: 'open', dimensions: ['countries'], values: parts.driver.map((c) => ({ items: { countries: c }, value: true })) }],
  actions: [{ id: 'e', kind: 'export', source: { module: 'spend' }, target: { file: true } }],
  selectiveAccess: parts.grants,
})

/** A generated command tenant with cells, grants and an integration. */
export const impactTenantArb: fc.Arbitrary<TenantInput> = fc
  .record({
    tenant: tenantWithListsArb,
    parts: fc.array(modelParts, { minLength: 3, maxLength: 3 }),
    restricted: fc.boolean(),
    runAs: fc.option(fc.constantFrom(...userIds), { nil: undefined }),
    lastRunBy: fc.option(fc.constantFrom(...userIds), { nil: undefined }),
  })
  .map(({ tenant, parts, restricted, runAs, lastRunBy }) => {
    const models = tenant.models.map((m, i) => withCells(m, parts[i] ?? parts[0]!))
    const first = models[0]
    // u0 administers everything, so that most commands (by u0) apply.
    const users = tenant.users.map((u) => (u.id === 'u0' ? { id: 'u0', kind: 'internal' as const, roles: ['tenantAdmin' as const, 'userAdmin' as const] } : u))
    const workspaces = tenant.workspaces.map((w) => ({ ...w, members: [{ user: 'u0', admin: true }, ...(w.members ?? []).filter((m) => m.user !== 'u0')] }))
    return {
      ...tenant,
      users,
      workspaces,
      models,
      integrations:
        first === undefined
          ? []
          : [{ id: 'nightly', workspace: first.workspace, restricted, createdBy: 'u0', ...(runAs === undefined ? {} : { runAs }), ...(lastRunBy === undefined ? {} : { lastRunBy }), steps: [{ model: first.id, action: 'e' }] }],
    }
  })

const cloudworksArb: fc.Arbitrary<Command> = fc
  .record({ actor: fc.constantFrom(...userIds), user: fc.option(fc.constantFrom(...userIds), { nil: null }), run: fc.boolean(), minute: fc.nat({ max: 59 }) })
  .map(({ actor, user, run, minute }): Command => {
    const base = { actor: subject.user(id.user(actor)), resource: resource.integration(id.integration('nightly')), at: t0 + minute * 60_000, tiebreak: 0 }
    return run ? { ...base, action: { type: 'cloudworks.run' } } : { ...base, action: { type: 'cloudworks.setRunAs', user: user === null ? null : id.user(user) } }
  })

const extraRows = fc.array(
  fc.record({ user: fc.constantFrom(...userIds).map(id.user), item: fc.constantFrom('emea', 'apac', 'uk', 'jp').map(id.item), level: access }),
  { maxLength: 3 },
)

const anyCommandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: commandArb },
  { weight: 1, arbitrary: cloudworksArb },
  {
    weight: 4,
    arbitrary: fc.record({ command: commandArb, rows: extraRows, model: fc.constantFrom('m0', 'm1'), clear: fc.boolean() }).map(({ command, rows, model, clear }): Command => ({
      actor: command.actor,
      action: { type: 'selectiveAccess.import', mode: clear ? 'clearThenLoad' : 'additive' },
      resource: resource.list(id.model(model), id.list('countries')),
      at: command.at,
      tiebreak: command.tiebreak,
      rows,
    })),
  },
)

/** Every command type at random, with selective-access imports into the countries list too, mostly by u0. */
export const impactCommandArb: fc.Arbitrary<Command> = fc
  .record({ command: anyCommandArb, byAdmin: fc.boolean() })
  .map(({ command, byAdmin }) => (byAdmin ? { ...command, actor: subject.user(id.user('u0')) } : command))

const read = { type: 'cell.read', channel: 'interactive' } as const
const levelRank = (level: string): number => ['none', 'read', 'write'].indexOf(level)
const rank = (decision: Decision): number => levelRank(decision.level)

/**
 * Every way the impact disagrees with `decide` asked request by request over everything it covers
 * (cells, model roles and opening, administration roles, acts, memberships, runs): a change `decide`
 * sees that the impact misses, or one it claims that `decide` does not see.
 */
export const disagreements = (before: World, after: World, result: Impact, tenant: TenantInput): readonly string[] => {
  const b = decide(before)
  const a = decide(after)
  const found: string[] = []
  const users = [...new Set([...tenant.users.map((u) => u.id), 'n0', 'n1'])]
  for (const model of tenant.models)
    for (const user of users) {
      const who = subject.user(id.user(user))
      const open = [b, a].map((d) => d(who, { type: 'model.open' }, resource.model(id.model(model.id))))
      const roleClaimed = result.models.some((c) => c.kind === 'modelRole' && c.user === user && c.model === model.id)
      const openDiffers = open[0]?.effect !== open[1]?.effect
      if (openDiffers && !roleClaimed) found.push(`open ${user} ${model.id}`)
      for (const module of model.modules ?? [])
        for (const lineItem of module.lineItems ?? [])
          for (const version of model.versions ?? []) {
            const dims = module.lists ?? []
            const itemsOf = (list: string) => (model.lists ?? []).find((l) => l.id === list)?.items?.map((i) => i.id) ?? []
            const cells: Record<string, string>[] = dims.reduce<Record<string, string>[]>((acc, list) => acc.flatMap((c) => itemsOf(list).map((item) => ({ ...c, [list]: item }))), [{}])
            const at = { user, model: model.id, module: module.id, lineItem: lineItem.id, version: version.id }
            const same = (c: { user: string; model: string; module: string; lineItem: string; version: string }) =>
              c.user === at.user && c.model === at.model && c.module === at.module && c.lineItem === at.lineItem && c.version === at.version
            const ceiling = result.models.find((c) => c.kind === 'ceiling' && same(c))
            for (const cell of cells) {
              const target = resource.cell({ model: id.model(model.id), module: id.module(module.id), lineItem: id.lineItem(lineItem.id), version: id.version(version.id), items: cell as never })
              const x = rank(b(who, read, target))
              const y = rank(a(who, read, target))
              const claims = result.models.filter(
                (c) => c.kind === 'cells' && same(c) && c.cells.boxes.some((box) => box.every((items, d) => items === 'all' || items.includes(id.item(cell[c.cells.dimensions[d] ?? ''] ?? '')))),
              )
              const key = `${JSON.stringify(at)} ${JSON.stringify(cell)} ${x}→${y}`
              if (claims.length > 1) found.push(`claimed twice ${key}`)
              const claim = claims[0]
              if (claim?.kind === 'cells') {
                if (levelRank(claim.from) !== x || levelRank(claim.to) !== y) found.push(`wrong cell ${key}`)
              } else if (ceiling?.kind === 'ceiling') {
                const f = levelRank(ceiling.from)
                const t = levelRank(ceiling.to)
                if (![0, 1, 2].some((item) => Math.min(f, item) === x && Math.min(t, item) === y)) found.push(`ceiling does not explain ${key}`)
              } else if (x !== y) found.push(`missed ${key}`)
            }
          }
    }
  for (const user of users) {
    const who = subject.user(id.user(user))
    for (const type of ['tenant.readAudit', 'tenant.manageSso', 'tenant.viewAssignments', 'tenant.viewDirectory', 'tenant.buildPages'] as const) {
      const differs = b(who, { type }, resource.tenant).effect !== a(who, { type }, resource.tenant).effect
      const claimed = result.administration.some((c) => c.kind === 'act' && c.user === user && c.action.type === type)
      if (differs !== claimed) found.push(`act ${type} ${user} ${differs} ${claimed}`)
    }
    for (const ws of tenant.workspaces) {
      const ask = [b, a].map((d) => d(who, { type: 'workspace.importUsers', mode: 'add' }, resource.workspace(id.workspace(ws.id))).effect)
      const claimed = result.administration.some((c) => c.kind === 'act' && c.user === user && c.resource.kind === 'workspace' && c.resource.id === ws.id)
      if ((ask[0] !== ask[1]) !== claimed) found.push(`import act ${user} ${ws.id}`)
    }
  }
  for (const integration of tenant.integrations ?? []) {
    const ask = [b, a].map((d) => d(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration(integration.id))))
    const differs = ask[0]?.effect !== ask[1]?.effect || JSON.stringify(ask[0]?.actor) !== JSON.stringify(ask[1]?.actor) || JSON.stringify(ask[0]?.warnings) !== JSON.stringify(ask[1]?.warnings)
    const claimed = result.runs.some((c) => c.integration === integration.id)
    if (differs !== claimed) found.push(`run ${integration.id} ${differs} ${claimed}`)
  }
  return found
}

/** An impact as sorted JSON lines, without its scope: two impacts of one change compare equal when they say the same. */
export const said = (result: Impact): readonly string[] =>
  [...result.administration, ...result.memberships, ...result.models, ...result.runs, ...result.connections, ...result.account].map((c) => JSON.stringify(c)).sort()
