// The fuzz suite (seeded): untyped requests, hostile getters and proxies, `__proto__`-style keys,
// malformed worlds and commands. 0 throws, 0 allows on malformed input, 0 mutated inputs, decisions
// that pass codecs.decision, Object.prototype untouched. A few seconds by default; `npm run fuzz`
// runs it long (FUZZ_RUNS, FUZZ_SEED).
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { apply, codecs, commandCodec, compile, decide, replay, trace, type Action, type Command, type Decision, type Resource, type Subject } from '../../src/index.js'
import { omit } from '../../src/internal/omit.js'
import { commandArb, planningWorld } from '../support/commands.js'
import { compiled } from '../support/compiled.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { mutationOf, replacedAt } from '../support/mutate.js'
import { poolsOf, sampleInput, worldArb } from '../support/worlds.js'
import { hostilityArb, unwritableArb } from './hostile.js'

const runs = Number(process.env['FUZZ_RUNS'] ?? 300)
const seed = Number(process.env['FUZZ_SEED'] ?? 20261205)
const settings = { numRuns: runs, seed }

const world = compiled(sampleInput)
const asks = [decide(world), trace(world)] as const
const question = questionFrom(poolsOf(sampleInput))

/** Whether the codecs accept the part; a part whose reading throws is not accepted. */
const accepted = (codec: { decode: (u: unknown) => { _tag: string } }, u: unknown): boolean => {
  try {
    return codec.decode(u)._tag === 'Right'
  } catch {
    return false
  }
}

const prototypeKeys = (): string => JSON.stringify(Reflect.ownKeys(Object.prototype).map(String).sort())
const prototypeBefore = prototypeKeys()

/** What a JavaScript error says when the engine, not the caller's value, failed: never in a reason or a compile error. */
const engineErrorText = /Cannot read prop|Cannot convert|is not a function|is not iterable|Do not know how to serialize|Maximum call stack/

/** Asks both entry points: never a throw, a decision codecs.decision accepts, a deny when a part is malformed. */
const checkAsk = (s: unknown, a: unknown, r: unknown): void => {
  const malformed = !accepted(codecs.subject, s) || !accepted(codecs.action, a) || !accepted(codecs.resource, r)
  for (const ask of asks) {
    let decision: Decision
    try {
      decision = ask(s as Subject, a as Action, r as Resource)
    } catch (error) {
      throw new Error(`threw a ${typeof error}`)
    }
    expect(codecs.decision.decode(omit(decision as Decision & { trace?: unknown }, ['trace']))._tag).toBe('Right')
    expect(JSON.stringify(decision.reasons)).not.toMatch(engineErrorText)
    if (malformed) expect(decision.effect).toBe('deny')
  }
}

/** A JSON text of a value, or undefined when it cannot be read as JSON (a hostile value). */
const textOf = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value)
  } catch {
    return undefined
  }
}

/** A valid world with one field holding a value JSON cannot write. */
const unwritableWorldArb = fc
  .tuple(fc.oneof(fc.constant(sampleInput), worldArb), fc.nat(), unwritableArb)
  .map(([valid, pick, unwritable]) => replacedAt(JSON.parse(JSON.stringify(valid)) as fc.JsonValue, pick, unwritable()))

describe(`fuzz (${runs} runs a property, seed ${seed})`, () => {
  test('untyped requests: anything as subject, action and resource', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (s, a, r) => {
        const before = [s, a, r].map(textOf)
        checkAsk(s, a, r)
        expect([s, a, r].map(textOf)).toEqual(before)
      }),
      settings,
    )
  })

  test('mutated valid requests, with `__proto__`-style keys added anywhere', () => {
    fc.assert(
      fc.property(mutationOf(question), (q) => {
        const parts = (typeof q === 'object' && q !== null ? q : {}) as Record<string, unknown>
        const before = textOf(parts)
        checkAsk(parts['subject'], parts['action'], parts['resource'])
        expect(textOf(parts)).toBe(before)
      }),
      settings,
    )
  })

  test('hostile getters, proxies and prototypes on one part of a valid request', () => {
    fc.assert(
      fc.property(question, fc.nat(2), hostilityArb, (q, part, hostile) => {
        const parts: unknown[] = [q.subject, q.action, q.resource]
        parts[part] = hostile(parts[part])
        checkAsk(parts[0], parts[1], parts[2])
      }),
      settings,
    )
  })

  test('malformed worlds: compile gives errors with paths or a world, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutationOf(fc.oneof(fc.constant(sampleInput), worldArb)), unwritableWorldArb), (input) => {
        const before = textOf(input)
        const result = compile(input)
        if (result._tag === 'Left') expect(result.left.every((e) => e.path.length > 0 && e.message.length > 0 && !engineErrorText.test(e.message))).toBe(true)
        expect(textOf(input)).toBe(before)
      }),
      { ...settings, numRuns: Math.ceil(runs / 3) },
    )
  })

  test('malformed and hostile commands: apply refuses them, replay goes on, nothing changes the world', () => {
    const base = planningWorld()
    // Made inside the property: fast-check itself cannot hold a revoked proxy as a generated value.
    const made = fc.oneof(
      commandArb.map((c) => (): unknown => c),
      mutationOf(commandArb).map((c) => (): unknown => c),
      fc.tuple(commandArb, hostilityArb).map(([c, hostile]) => (): unknown => hostile(c)),
    )
    fc.assert(
      fc.property(fc.array(made, { maxLength: 6 }), (makers) => {
        const log = makers.map((make) => make())
        for (const command of log) {
          const result = apply(base, command as Command)
          if (result._tag === 'Left') expect(result.left.reasons.length).toBeGreaterThan(0)
          if (!accepted(commandCodec, command)) expect(result._tag).toBe('Left')
        }
        const replayed = replay(base, log as Command[])
        expect(replayed.outcomes).toHaveLength(log.length)
      }),
      { ...settings, numRuns: Math.ceil(runs / 10) },
    )
  })

  test('Object.prototype gained no key', () => {
    expect(prototypeKeys()).toBe(prototypeBefore)
  })
})
