// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { encode, type WorldInput } from '../../src/index.js'
import { accountArb } from '../support/arbitraries/account.js'
import { cloudworksTenantArb } from '../support/arbitraries/cloudworks.js'
import { workplaceArb } from '../support/arbitraries/workplace.js'
import { compiled } from '../support/compiled.js'
import { sampleInput, worldArb } from '../support/worlds.js'

/** The sample world with a driver over two dimensions, so that nested driver values are walked too. */
const twoDimensions: WorldInput = {
  tenant: {
    ...sampleInput.tenant,
    models: sampleInput.tenant.models.map((model, index) =>
      index > 0
        ? model
        : {
            ...model,
            drivers: [
              ...(model.drivers ?? []),
              { id: 'by-centre-and-user', dimensions: ['cost-centre', 'users'], values: [{ items: { 'cost-centre': 'cc-berlin' }, user: 'paula', value: true }, { items: { 'cost-centre': 'cc-berlin' }, user: 'pete', value: false }] },
            ],
          },
    ),
  },
}

const worlds = fc.oneof(
  fc.constantFrom<WorldInput>(sampleInput, twoDimensions),
  worldArb,
  cloudworksTenantArb.map((tenant) => ({ tenant })),
  fc.tuple(workplaceArb, accountArb).map(([workplace, account]) => ({ workplace, account })),
)

/** Paths of every object, array, Map or Set reachable from `value` that is not frozen, or whose mutators still work. */
const unlocked = (value: unknown, path = '$', seen = new Set<unknown>()): readonly string[] => {
  if (typeof value !== 'object' || value === null || seen.has(value)) return []
  seen.add(value)
  const here = Object.isFrozen(value) ? [] : [path]
  if (value instanceof Map || value instanceof Set) {
    const mutable = (() => {
      try {
        if (value instanceof Map) value.delete(Symbol('probe'))
        else value.delete(Symbol('probe'))
        return true
      } catch {
        return false
      }
    })()
    const inner = value instanceof Map ? [...value].flatMap(([k, v]) => [...unlocked(k, `${path}<key>`, seen), ...unlocked(v, `${path}.get(${String(k)})`, seen)]) : [...value].flatMap((v) => unlocked(v, `${path}<member>`, seen))
    return [...here, ...(mutable ? [`${path} (mutable)`] : []), ...inner]
  }
  return [...here, ...Reflect.ownKeys(value).flatMap((key) => unlocked((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen))]
}

describe('I2 the compiled world is deep-frozen', () => {
  test('I2 every object, array, Map and Set of a compiled snapshot is frozen, and no Map or Set can be changed', () => {
    fc.assert(
      fc.property(worlds, (input) => {
        expect(unlocked(snapshotOf(compiled(structuredClone(input))))).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  test('I2 changing every string and array of the input after compile changes nothing the world holds', () => {
    const scramble = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return
      const fields = value as Record<string, unknown>
      for (const key of Object.keys(fields)) {
        if (typeof fields[key] === 'string') fields[key] = `${fields[key]}!`
        else scramble(fields[key])
      }
      if (Array.isArray(value)) value.push({ id: 'intruder' })
    }
    fc.assert(
      fc.property(worlds, (input) => {
        const owned = structuredClone(input)
        const world = compiled(owned)
        const before = JSON.stringify(encode(world))
        scramble(owned)
        expect(JSON.stringify(encode(world))).toBe(before)
        expect(unlocked(snapshotOf(world))).toEqual([])
      }),
      { numRuns: 100 },
    )
  })
})
