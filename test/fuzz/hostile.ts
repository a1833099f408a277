// Hostile values for the fuzz suite: things thrown that cannot be described, getters and proxies that
// throw them, keys such as `__proto__`, prototypes that lend fields.
import fc from 'fast-check'
import { prototypeIds } from '../support/arbitraries/questions.js'

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

/** What a hostile getter or trap throws: an Error, or something no `String()` can turn into text. */
export const thrownArb: fc.Arbitrary<() => unknown> = fc.constantFrom(
  () => new Error('boom'),
  () => Object.create(null) as unknown,
  () => ({ toString: (): never => { throw new Error('again') } }),
  () => revoked(),
  () => Symbol('thrown'),
  () => undefined,
  () => Object.defineProperty(new Error(), 'message', { get: (): never => { throw Object.create(null) as Error } }),
)

/** Values JSON cannot write: what a JavaScript caller can pass where the wire format has a string, number or boolean. */
export const unwritableArb: fc.Arbitrary<() => unknown> = fc.constantFrom(
  () => 1n,
  () => Symbol('value'),
  () => Number.NaN,
  () => -Infinity,
  () => (): string => 'a function',
  () => {
    const cyclic: Record<string, unknown> = {}
    cyclic['self'] = cyclic
    return cyclic
  },
  () => ({ toJSON: (): never => { throw new Error('no JSON') } }),
)

const traps = ['get', 'ownKeys', 'getPrototypeOf', 'has', 'getOwnPropertyDescriptor'] as const

/** One way to make a value hostile; `value` is a (JSON) object or anything else. */
type Hostility = (value: unknown) => unknown

const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? { ...(value) } : {})

/** Hostile versions of a value: a throwing getter on one field, a throwing proxy trap, an own `__proto__`-style key, a lending prototype, a revoked proxy, a field JSON cannot write. */
export const hostilityArb: fc.Arbitrary<Hostility> = fc.oneof(
  fc.tuple(fc.constantFrom('kind', 'type', 'id', 'items', 'channel', 'operation', 'session', 'model'), thrownArb).map(
    ([field, thrown]): Hostility => (value) =>
      Object.defineProperty(asObject(value), field, { enumerable: true, get: () => { throw thrown() } }),
  ),
  fc.tuple(fc.constantFrom(...traps), thrownArb).map(
    ([trap, thrown]): Hostility => (value) => new Proxy(asObject(value), { [trap]: () => { throw thrown() } }),
  ),
  fc.tuple(fc.constantFrom(...prototypeIds), fc.jsonValue({ maxDepth: 1 })).map(
    ([key, lent]): Hostility => (value) => Object.defineProperty(asObject(value), key, { value: lent, enumerable: true, writable: true, configurable: true }),
  ),
  fc.dictionary(fc.constantFrom('kind', 'id', 'session', 'channel', 'items', 'extra'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }).map(
    (lent): Hostility => (value) => Object.assign(Object.create(lent) as object, asObject(value)),
  ),
  fc.constant((): unknown => revoked()),
  fc.tuple(fc.constantFrom('kind', 'type', 'id', 'channel', 'operation', 'session', 'switch', 'on', 'email'), unwritableArb).map(
    ([field, unwritable]): Hostility => (value) => ({ ...asObject(value), [field]: unwritable() }),
  ),
)
