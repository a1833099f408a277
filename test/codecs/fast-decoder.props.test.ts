import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fastDecoderOf, fullOnly, rejected } from '../../src/codecs/fast.js'
import { report } from '../../src/codecs/report.js'
import { worldC } from '../../src/codecs/world.js'
import { accountArb } from '../support/arbitraries/account.js'
import { cloudworksTenantArb } from '../support/arbitraries/cloudworks.js'
import { workplaceArb } from '../support/arbitraries/workplace.js'
import { mutationOf } from '../support/mutate.js'
import { sampleInput, worldArb } from '../support/worlds.js'

const fast = fastDecoderOf(worldC)
const modes = ['copy', 'frozen', 'check'] as const
const full = fullOnly(worldC)

/** Valid worlds reaching every codec of the world: tenant (drivers, endpoints, records), CloudWorks, workplace, account. */
const validWorld = fc.oneof(
  fc.constant(sampleInput),
  worldArb,
  cloudworksTenantArb.map((tenant) => ({ tenant })),
  fc.tuple(workplaceArb, accountArb).map(([workplace, account]) => ({ workplace, account })),
)

/** One field somewhere set to `undefined` (no JSON mutation reaches an own key holding undefined). */
const withUndefined = fc.tuple(validWorld, fc.nat()).map(([world, pick]) => {
  const copy = structuredClone(world) as unknown
  const objects: Record<string, unknown>[] = []
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return
    if (!Array.isArray(value)) objects.push(value as Record<string, unknown>)
    Object.values(value).forEach(walk)
  }
  walk(copy)
  const target = objects[pick % objects.length]
  const keys = target === undefined ? [] : Object.keys(target)
  const key = keys[pick % Math.max(keys.length, 1)]
  if (target !== undefined && key !== undefined) target[key] = undefined
  return copy
})

const anyInput = fc.oneof(validWorld, mutationOf(validWorld), withUndefined, fc.jsonValue({ maxDepth: 3 }))

/** Key order, prototypes and values of a decoded value, as one string. */
const layout = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined'
  if (Array.isArray(value)) return `[${value.map(layout).join(',')}]`
  const proto = Object.getPrototypeOf(value) === null ? 'bare' : 'plain'
  return `${proto}{${Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}:${layout(inner)}`).join(',')}}`
}

/** The paths of every object or array inside a value that is (or is not) frozen. */
const partsWhere = (frozen: boolean) => {
  const walk = (value: unknown, path: string): readonly string[] =>
    typeof value !== 'object' || value === null
      ? []
      : [...(Object.isFrozen(value) === frozen ? [path] : []), ...Object.entries(value).flatMap(([key, inner]) => walk(inner, `${path}.${key}`))]
  return (value: unknown): readonly string[] => walk(value, '$')
}
const [frozenParts, unfrozenParts] = [partsWhere(true), partsWhere(false)]

describe('Codecs: the fast world decoder agrees with the full one', () => {
  test('Codecs: the fast decoder accepts a world exactly when the full decoder does', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const accepted = full.decode(input)._tag === 'Right'
        for (const mode of modes) expect(fast(input, mode) !== rejected).toBe(accepted)
      }),
      { numRuns: 300 },
    )
  })

  test('Codecs: on an accepted world the fast decoder returns what the full decoder returns, key order and prototypes included', () => {
    fc.assert(
      fc.property(fc.oneof(validWorld, mutationOf(validWorld), withUndefined), (input) => {
        const [quick, frozen, checked, slow] = [fast(input, 'copy'), fast(input, 'frozen'), fast(input, 'check'), full.decode(input)]
        if (quick === rejected || frozen === rejected || slow._tag === 'Left') return
        expect(layout(quick)).toBe(layout(slow.right))
        expect(layout(frozen)).toBe(layout(slow.right))
        expect(checked).toBe(input)
      }),
      { numRuns: 300 },
    )
  })

  test('Codecs: decoding reports the same errors as the full decoder alone', () => {
    fc.assert(
      fc.property(fc.oneof(mutationOf(validWorld), withUndefined), (input) => {
        const [decoded, slow] = [worldC.decode(input), full.decode(input)]
        expect(decoded._tag === 'Left' ? report(decoded.left) : []).toEqual(slow._tag === 'Left' ? report(slow.left) : [])
      }),
      { numRuns: 200 },
    )
  })

  test('Codecs: holes in arrays, accessors and foreign prototypes are judged alike', () => {
    const sparse = structuredClone(sampleInput) as unknown as { tenant: { users: unknown[] } }
    sparse.tenant.users.length += 1
    const inherited = { tenant: Object.create({ auditLicensed: true }, { users: { value: [], enumerable: true }, workspaces: { value: [], enumerable: true }, models: { value: [], enumerable: true } }) as unknown }
    const hidden = { tenant: Object.defineProperty({ users: [], workspaces: [], models: [] }, 'extra', { value: 1, enumerable: false }) }
    const getter = { tenant: { users: [], workspaces: [], get models() { return [] } } }
    for (const input of [sparse, inherited, hidden, getter]) {
      const [quick, slow] = [fast(input, 'copy'), full.decode(input)]
      // Checked in place, a value inheriting a declared field is turned away (it would be read through
      // its prototype); the full decoder, which copies own fields only, takes it.
      for (const mode of modes) expect(fast(input, mode) !== rejected).toBe(slow._tag === 'Right' && !(mode === 'check' && input === inherited))
      if (quick !== rejected && slow._tag === 'Right') expect(layout(quick)).toBe(layout(slow.right))
    }
    expect(fast(sparse, 'copy')).toBe(rejected)
  })

  test('Codecs: a frozen fast decode freezes every object and array of the copy and nothing of the input; a plain one or a check freezes nothing', () => {
    fc.assert(
      fc.property(validWorld, (world) => {
        const input = structuredClone(world)
        const [frozen, plain] = [fast(input, 'frozen'), fast(input, 'copy')]
        expect(fast(input, 'check')).toBe(input)
        expect(unfrozenParts(frozen)).toEqual([])
        expect(frozenParts(plain)).toEqual([])
        expect(frozenParts(input)).toEqual([])
      }),
      { numRuns: 100 },
    )
  })
})
