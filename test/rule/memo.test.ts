import { describe, expect, it } from 'vitest'
import { decideWith, defaultPolicy } from '../../src/index.js'
import { snapshotOf } from '../../src/internal/world-handle.js'
import { derivation, memo, type Derivation } from '../../src/rule/memo.js'
import { compiled } from '../support/compiled.js'
import { planningTenant } from '../support/planning-world.js'

const world = compiled({ tenant: planningTenant() })
const snapshot = snapshotOf(world)

/** A derivation that records every call, so that a test can count how often it derived. */
const counted = <V>(make: (owner: object, key: string) => V): { readonly of: Derivation<object, V>; readonly calls: string[] } => {
  const calls: string[] = []
  const of = derivation((owner: object, key: string) => {
    calls.push(key)
    return make(owner, key)
  })
  return { of, calls }
}

const ownerA = { name: 'a' }
const ownerB = { name: 'b' }

describe('memo: a value per derivation, owner and key, derived once', () => {
  it('derives once for repeated asks of the same derivation, owner and key, and returns the same value', () => {
    const d = counted((_owner, key) => ({ key }))
    const m = memo(snapshot)
    const first = m.get(d.of, ownerA, 'ana')
    for (let i = 0; i < 5; i++) expect(m.get(d.of, ownerA, 'ana')).toBe(first)
    expect(d.calls).toEqual(['ana'])
  })

  it('passes the owner, the key and the world to derive', () => {
    const seen: unknown[] = []
    const d = derivation((owner: object, key: string, w: unknown) => seen.push([owner, key, w]))
    memo(snapshot).get(d, ownerA, 'ana')
    expect(seen).toEqual([[ownerA, 'ana', snapshot]])
    expect((seen[0] as unknown[])[2]).toBe(snapshot)
  })

  it('keeps owners apart: the same key under two owners derives twice, each remembered', () => {
    const d = counted((owner, key) => ({ owner, key }))
    const m = memo(snapshot)
    const a = m.get(d.of, ownerA, 'ana')
    const b = m.get(d.of, ownerB, 'ana')
    expect(a).not.toBe(b)
    expect(a).toEqual({ owner: ownerA, key: 'ana' })
    expect(b).toEqual({ owner: ownerB, key: 'ana' })
    // Past the two latest answers too: a third owner in between.
    m.get(d.of, { name: 'c' }, 'ana')
    expect(m.get(d.of, ownerA, 'ana')).toBe(a)
    expect(m.get(d.of, ownerB, 'ana')).toBe(b)
    expect(d.calls).toHaveLength(3)
  })

  it('keeps keys apart: two keys of one owner derive twice, each remembered', () => {
    const d = counted((_owner, key) => ({ key }))
    const m = memo(snapshot)
    const keys = ['ana', 'ben', 'cy', 'ana', 'ben', 'cy', '']
    const values = keys.map((key) => m.get(d.of, ownerA, key))
    expect(values.map((v) => v.key)).toEqual(keys)
    expect(values[3]).toBe(values[0])
    expect(values[4]).toBe(values[1])
    expect(values[5]).toBe(values[2])
    expect(d.calls).toEqual(['ana', 'ben', 'cy', ''])
  })

  it('keeps derivations apart: two derivations of one owner and key each derive their own value', () => {
    const one = counted(() => 'one')
    const two = counted(() => 'two')
    const m = memo(snapshot)
    expect(m.get(one.of, ownerA, 'ana')).toBe('one')
    expect(m.get(two.of, ownerA, 'ana')).toBe('two')
    expect(m.get(one.of, ownerA, 'ana')).toBe('one')
    expect(m.get(two.of, ownerA, 'ana')).toBe('two')
    expect([one.calls.length, two.calls.length]).toEqual([1, 1])
  })

  it('remembers an undefined value: it does not derive it again', () => {
    const d = counted((): string | undefined => undefined)
    const m = memo(snapshot)
    // Other keys in between, so that the answer comes from the table, not the latest ones.
    const values = ['ana', 'ben', 'cy', 'ana', 'ben', 'cy'].map((key) => m.get(d.of, ownerA, key))
    expect(values).toEqual(Array.from({ length: 6 }, () => undefined))
    expect(d.calls).toEqual(['ana', 'ben', 'cy'])
  })

  it('two memos remember apart: each derives for itself', () => {
    const d = counted((_owner, key) => key)
    memo(snapshot).get(d.of, ownerA, 'ana')
    memo(snapshot).get(d.of, ownerA, 'ana')
    expect(d.calls).toEqual(['ana', 'ana'])
  })
})

describe('memo: bounded by its budget in bytes', () => {
  it('past the budget, values are derived again, and equal', () => {
    const d = counted((_owner, key) => ({ key, twice: key + key }))
    // 3 small values (64 each, and 100 for its place: 164) fit in 492; the fourth passes it and the oldest is forgotten.
    const m = memo(snapshot, 3 * 164)
    const first = ['a', 'b', 'c'].map((key) => m.get(d.of, ownerA, key))
    m.get(d.of, ownerA, 'd')
    expect(d.calls).toEqual(['a', 'b', 'c', 'd'])
    const again = ['a', 'b', 'c'].map((key) => m.get(d.of, ownerA, key))
    expect(d.calls).toEqual(['a', 'b', 'c', 'd', 'a', 'b', 'c'])
    expect(again).toEqual(first)
    expect(again[0]).not.toBe(first[0])
  })

  it('past the budget, forgets one value at a time: the values after the oldest are still remembered', () => {
    const d = counted((_owner, key) => ({ key }))
    const m = memo(snapshot, 3 * 164)
    const [, b, c] = ['a', 'b', 'c'].map((key) => m.get(d.of, ownerA, key))
    m.get(d.of, ownerA, 'd') // forgets 'a' alone
    expect(m.get(d.of, ownerA, 'c')).toBe(c)
    expect(m.get(d.of, ownerA, 'b')).toBe(b)
    expect(d.calls).toEqual(['a', 'b', 'c', 'd'])
  })

  it('counts a value with a numeric byteLength by it', () => {
    const d = counted((_owner, key) => ({ key, byteLength: 1000 }))
    const m = memo(snapshot, 1500)
    m.get(d.of, ownerA, 'a')
    m.get(d.of, ownerA, 'b') // 2 × 1100 passes 1500: 'a' is forgotten
    m.get(d.of, ownerA, 'a')
    expect(d.calls).toEqual(['a', 'b', 'a'])
  })

  it('within the budget, nothing is derived again', () => {
    const d = counted((_owner, key) => ({ key }))
    const m = memo(snapshot, 164 * 4)
    const keys = ['a', 'b', 'c', 'd']
    for (let round = 0; round < 3; round++) for (const key of keys) m.get(d.of, ownerA, key)
    expect(d.calls).toEqual(keys)
  })

  it('counts a typed array by its bytes: with a budget of 100, a second 64-byte table evicts the first', () => {
    const d = counted(() => new Int8Array(64))
    const m = memo(snapshot, 100)
    const a = m.get(d.of, ownerA, 'ana')
    a[3] = 7 // a table the rule fills in later: the memo keeps the same one
    expect(m.get(d.of, ownerA, 'ana')).toBe(a)
    const b = m.get(d.of, ownerB, 'ana')
    expect(b).not.toBe(a)
    expect(d.calls).toHaveLength(2)
    // The first table was forgotten with the second: asked again, it is a fresh one.
    const again = m.get(d.of, ownerA, 'ana')
    expect(d.calls).toHaveLength(3)
    expect(again).not.toBe(a)
    expect(again[3]).toBe(0)
  })

  it('counts a small typed array by its bytes too: two 40-byte tables fit a budget of 300 where two small values would not', () => {
    const d = counted(() => new Uint8Array(40))
    const m = memo(snapshot, 300)
    const a = m.get(d.of, ownerA, 'ana')
    const b = m.get(d.of, ownerB, 'ana')
    expect(m.get(d.of, ownerA, 'ana')).toBe(a)
    expect(m.get(d.of, ownerB, 'ana')).toBe(b)
    expect(d.calls).toHaveLength(2)
  })

  it('counts a larger typed array by its bytes: a 1000-byte table passes a budget of 999 and the small values before it are forgotten', () => {
    const small = counted((_owner, key) => ({ key }))
    const table = counted(() => new Float64Array(125)) // 1000 bytes
    const m = memo(snapshot, 999)
    for (const key of ['a', 'b', 'c']) m.get(small.of, ownerA, key)
    m.get(table.of, ownerA, 'x')
    for (const key of ['a', 'b', 'c']) m.get(small.of, ownerA, key)
    expect(small.calls).toEqual(['a', 'b', 'c', 'a', 'b', 'c'])
  })

  it('a budget of 0 keeps only the latest value', () => {
    const d = counted((_owner, key) => ({ key }))
    const m = memo(snapshot, 0)
    const a = m.get(d.of, ownerA, 'a')
    expect(m.get(d.of, ownerA, 'a')).toBe(a)
    m.get(d.of, ownerA, 'b')
    expect(m.get(d.of, ownerA, 'a')).toEqual(a)
    expect(d.calls).toEqual(['a', 'b', 'a'])
  })

  it('forgets the oldest value first, whatever its derivation', () => {
    const one = counted((_owner, key) => ({ key }))
    const two = counted((_owner, key) => ({ key }))
    const m = memo(snapshot, 128)
    m.get(one.of, ownerA, 'a')
    m.get(two.of, ownerA, 'a')
    m.get(two.of, ownerA, 'b') // passes 128: all forgotten, 'b' kept
    m.get(one.of, ownerA, 'a')
    expect(one.calls).toEqual(['a', 'a'])
    expect(two.calls).toEqual(['a', 'b'])
  })
})

describe('decideWith options.memoBudget', () => {
  it.each([
    ['-1', -1],
    ['NaN', Number.NaN],
    ['a string', '1024'],
    ['null (as from a JSON config)', null],
  ])('a budget of %s throws a TypeError naming options.memoBudget', (_name, budget) => {
    const bind = () => decideWith(defaultPolicy, { memoBudget: budget as number })(world)
    expect(bind).toThrow(TypeError)
    expect(bind).toThrow(/options\.memoBudget/)
  })

  it.each([
    ['a misspelled option, which used to be ignored', { memoBuget: 1024 }, 'options.memoBuget: not an option of a decider (memoBudget is the one)'],
    ['null options (as from a JSON config)', null, 'options: expected an object, got null'],
  ])('%s throws a TypeError naming it', (_name, options, message) => {
    expect(() => decideWith(defaultPolicy, options as never)(world)).toThrow(new TypeError(message))
  })

  it.each([0, 1, 256, Number.POSITIVE_INFINITY])('a budget of %s binds', (budget) => {
    expect(typeof decideWith(defaultPolicy, { memoBudget: budget })(world)).toBe('function')
  })
})
