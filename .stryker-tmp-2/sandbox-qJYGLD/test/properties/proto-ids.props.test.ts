// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { codecs, compile, decideWith, defaultPolicy, id, policy, type Decision } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { prototypeIds } from '../support/arbitraries/questions.js'
import { compiled, probePolicy } from '../support/compiled.js'
import { probe } from '../support/probe.js'
import { probingQuestions, worldArb } from '../support/worlds.js'

// JSON text, so that `__proto__` keys are own keys exactly as a service would receive them.
const protoWorld = (ids: readonly string[]): unknown =>
  JSON.parse(`{ "tenant": {
    "users": [${ids.map((u) => `{ "id": "${u}", "kind": "internal" }`).join(', ')}],
    "workspaces": [{ "id": "constructor", "members": [${ids.map((u) => `{ "user": "${u}" }`).join(', ')}] }],
    "models": [{ "id": "toString", "workspace": "constructor",
      "lists": [{ "id": "__proto__", "selectiveAccess": true, "items": [{ "id": "hasOwnProperty" }, { "id": "valueOf" }] }],
      "versions": [{ "id": "__proto__" }],
      "modules": [{ "id": "__proto__", "lists": ["__proto__"], "lineItems": [{ "id": "constructor" }] }],
      "drivers": [{ "id": "toString", "dimensions": ["__proto__"], "values": [{ "items": { "__proto__": "valueOf" }, "value": true }] }],
      "roles": [{ "id": "hasOwnProperty", "modules": { "__proto__": "write" }, "versions": { "__proto__": "read" } }],
      "assignments": [${ids.map((u) => `{ "user": "${u}", "role": "hasOwnProperty" }`).join(', ')}],
      "selectiveAccess": [{ "user": "${ids[0] ?? ''}", "list": "__proto__", "item": "hasOwnProperty", "level": "write" }] }] } }`)

describe('prototype-named ids are ordinary ids', () => {
  const world = compiled(protoWorld(prototypeIds))
  const snapshot = snapshotOf(world)
  const model = snapshot.tenant?.models.get(id.model('toString'))

  test.each([
    ['users', () => [...(snapshot.tenant?.users.keys() ?? [])], [...prototypeIds]],
    ['workspace members', () => [...(snapshot.tenant?.workspaces.get(id.workspace('constructor'))?.members.keys() ?? [])], [...prototypeIds]],
    ['role permissions keyed by __proto__', () => [...(model?.roles.get(id.role('hasOwnProperty'))?.modules ?? [])], [['__proto__', 2]]],
    ['role versions keyed by __proto__', () => [...(model?.roles.get(id.role('hasOwnProperty'))?.versions ?? [])], [['__proto__', 1]]],
    ['list items', () => [...(model?.lists.get(id.list('__proto__'))?.items.keys() ?? [])], ['hasOwnProperty', 'valueOf']],
    ['driver cells keyed by __proto__', () => model?.drivers.get(id.driver('toString'))?.dimensions, ['__proto__']],
    ['selective-access grants', () => [...(model?.selectiveAccess.get(id.user('__proto__'))?.get(id.list('__proto__')) ?? [])], [['hasOwnProperty', 2]]],
  ])('compile keeps %s', (_, read, expected) => {
    expect(read()).toStrictEqual(expected)
  })

  test.each([
    ['a member', '{ "user": "toString" }', 'tenant.workspaces[0].members[0].user'],
    ['an assignment', '{ "user": "constructor", "role": "fullAccess" }', 'tenant.models[0].assignments[0].user'],
  ])('a prototype-named id the world lacks is a dangling reference (%s)', (what, entry, path) => {
    const input = JSON.parse(`{ "tenant": { "users": [{ "id": "ana", "kind": "internal" }], "workspaces": [{ "id": "w", "members": [${what === 'a member' ? entry : ''}] }],
      "models": [{ "id": "m", "workspace": "w", "assignments": [${what === 'an assignment' ? entry : ''}] }] } }`) as unknown
    const result = compile(input)
    expect(result._tag === 'Left' ? result.left.map((e) => [e.code, e.path]) : []).toStrictEqual([['dangling_reference', path]])
  })

  test('a request with __proto__ as cell coordinate decodes to an own key and decides', () => {
    const decoded = codecs.request.decode(
      JSON.parse('{ "subject": { "kind": "user", "id": "__proto__" }, "action": { "type": "cell.read", "channel": "interactive" }, "resource": { "kind": "cell", "model": "toString", "module": "__proto__", "lineItem": "constructor", "version": "__proto__", "items": { "__proto__": "hasOwnProperty" } } }'),
    )
    expect(decoded._tag).toBe('Right')
    if (decoded._tag === 'Left' || decoded.right.resource.kind !== 'cell') return
    expect(Object.entries(decoded.right.resource.items)).toStrictEqual([['__proto__', 'hasOwnProperty']])
    const d = decideWith(probePolicy)(world)(decoded.right.subject, decoded.right.action, decoded.right.resource)
    expect(['allow', 'deny']).toContain(d.effect)
  })

  test('unknown prototype-named ids in requests deny', () => {
    const d = decideWith(policy([...defaultPolicy.modules, probe]))(compiled({ tenant: { users: [], workspaces: [], models: [] } }))({ kind: 'user', id: id.user('constructor') }, { type: 'model.open' }, { kind: 'model', id: id.model('toString') })
    expect(d.effect).toBe('deny')
  })
})

/**
 * Renames the prototype names inside every id of a JSON text by appending a space, which keeps every
 * comparison between ids (and so every canonical order) as it was.
 */
const rename = (text: string): string => prototypeIds.reduce((s, name) => s.split(name).join(`${name} `), text)
const comparable = (d: Decision): unknown => ({ ...d, reasons: d.reasons.map((r) => rename(JSON.stringify(r))).sort(), warnings: d.warnings.map((r) => rename(JSON.stringify(r))).sort() })

test('Proto ids: a world decides the same with its prototype-named ids renamed to plain ones', () => {
  const ask = decideWith(probePolicy)
  fc.assert(
    fc.property(worldArb, (input) => {
      const renamed = JSON.parse(rename(JSON.stringify(input))) as typeof input
      const original = ask(compiled(input))
      const plain = ask(compiled(renamed))
      const questions = probingQuestions(input)
      const plainQuestions = probingQuestions(renamed)
      questions.forEach((q, i) => {
        const p = plainQuestions[i]
        if (p === undefined) throw new Error('question lists differ')
        expect(comparable(plain(p.subject, p.action, p.resource))).toStrictEqual(JSON.parse(rename(JSON.stringify(comparable(original(q.subject, q.action, q.resource))))))
      })
    }),
    { numRuns: 100 },
  )
})
