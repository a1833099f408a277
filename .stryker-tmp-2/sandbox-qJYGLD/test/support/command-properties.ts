/**
 * The three properties every kind of command meets, over a world generator, a command generator and
 * the questions whose answers the commands change: replay is deterministic under any arrival order
 * (last writer wins), a rejected command changes nothing and is the engine's own deny (or an integrity
 * refusal), and an allowed command yields a world that compiles, encodes to the same JSON and decides
 * the same.
 */
// @ts-nocheck

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apply, compile, decide, encode, explainReplay, replay, type Action, type Command, type Resource, type Subject, type World, type WorldInput } from '../../src/index.js'
import { walk } from './command-steps.js'

/** What the properties of one kind of command need. */
export interface CommandDomain {
  readonly worlds: fc.Arbitrary<WorldInput>
  readonly commands: fc.Arbitrary<Command>
  /** Who asks, and what, after each command. */
  readonly probes: readonly (readonly [Subject, Action, Resource])[]
}

const compiledOrThrow = (input: unknown): World => {
  const world = compile(input)
  if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return world.right
}

/** Random commands whose (timestamp, tiebreak) keys are all different. */
const uniqueLog = (commands: fc.Arbitrary<Command>, maxLength: number) =>
  fc.uniqueArray(commands, { minLength: Math.min(6, maxLength), maxLength, selector: (c) => `${c.at}/${c.tiebreak}` })

/** Replay gives the same world, outcomes and audit text for every arrival order. */
export const replayIsDeterministic = (domain: CommandDomain) =>
  fc.property(
    domain.worlds,
    fc.array(domain.commands, { minLength: 5, maxLength: 16 }).chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length }))),
    (input, [log, shuffled]) => {
      const first = replay(compiledOrThrow(input), log)
      const again = replay(compiledOrThrow(input), shuffled)
      expect(encode(again.world)).toEqual(encode(first.world))
      expect(again.outcomes).toEqual(first.outcomes)
      expect(explainReplay(again.outcomes)).toBe(explainReplay(first.outcomes))
    },
  )

/** A rejected command leaves the world as it was; its rejection is the engine's deny, or an integrity refusal of an allowed act. */
export const rejectedChangesNothing = (domain: CommandDomain) =>
  fc.property(domain.worlds, uniqueLog(domain.commands, 10), domain.commands, (input, log, probe) => {
    const steps = walk(compiledOrThrow(input), log)
    const world = steps.at(-1)?.after ?? compiledOrThrow(input)
    const before = JSON.stringify(encode(world))
    const result = apply(world, probe)
    expect(JSON.stringify(encode(world))).toBe(before)
    if (result._tag === 'Left') {
      const own = decide(world)(probe.actor, probe.action, probe.resource)
      if (own.effect === 'deny') expect(result.left.decision).toEqual(own)
      else expect(result.left.reasons.map((r) => r.code)).toEqual(['commands.integrity'])
    }
    for (const step of steps) if (step.result._tag === 'Left') expect(step.after).toBe(step.before)
  })

/** After every applied command, encode → compile succeeds, encodes to the same JSON and decides the probes the same. */
export const allowedCompiles = (domain: CommandDomain) =>
  fc.property(domain.worlds, uniqueLog(domain.commands, 10), (input, log) => {
    for (const step of walk(compiledOrThrow(input), log)) {
      if (step.result._tag === 'Left') continue
      const json = JSON.parse(JSON.stringify(encode(step.after))) as unknown
      const again = compiledOrThrow(json)
      expect(encode(again)).toEqual(json)
      const [before, after] = [decide(step.after), decide(again)]
      for (const [who, action, target] of domain.probes) expect(after(who, action, target)).toEqual(before(who, action, target))
    }
  })

/**
 * Registers the three properties for one kind of command, named after it: the replay, rejection and
 * round-trip properties every command meets.
 */
export const commandProperties = (kind: string, domain: CommandDomain, numRuns: number): void => {
  describe(`${kind} commands`, () => {
    it(`replay is deterministic for ${kind} commands: any arrival order gives the same world, outcomes and audit text (last writer wins)`, () => {
      fc.assert(replayIsDeterministic(domain), { numRuns })
    })
    it(`a rejected ${kind} command changes nothing, and a denied one is the engine's own deny`, () => {
      fc.assert(rejectedChangesNothing(domain), { numRuns })
    })
    it(`an allowed ${kind} command yields a world that compiles, encodes to the same JSON and decides the same`, () => {
      fc.assert(allowedCompiles(domain), { numRuns })
    })
  })
}
