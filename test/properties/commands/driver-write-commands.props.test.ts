import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apply, compareCommands, decide, encode, replay, type Command, type World } from '../../../src/index.js'
import { commandProperties } from '../../support/command-properties.js'
import { compiled } from '../../support/compiled.js'
import { driverProbes, driverWorlds, driverWorldsWithAdmin, driverWrites, writesOnOneCell } from '../../support/driver-write-props.js'

// F47, F50, I21: cell writes on the line items that hold access drivers meet the properties every command meets.
commandProperties('access driver cell write', { worlds: driverWorlds, commands: driverWrites, probes: driverProbes }, 100)

describe('access driver cell writes: last writer wins (R28, A41, I21)', () => {
  it('writes on one driver cell, in any arrival order, leave the value of the last (timestamp, tiebreak): every driven cell decides as after that write alone', () => {
    fc.assert(
      fc.property(driverWorldsWithAdmin, writesOnOneCell, (input, log) => {
        const world: World = compiled(input)
        const [last] = [...log].sort(compareCommands).slice(-1)
        if (last === undefined) return
        const alone = apply(world, last)
        const expected = decide(alone._tag === 'Right' ? alone.right.world : world)
        const after = decide(replay(world, [...log].reverse()).world)
        for (const [who, action, target] of driverProbes) expect(after(who, action, target)).toEqual(expected(who, action, target))
      }),
      { numRuns: 100 },
    )
  })
})

describe('access driver cell writes: one key, two values (A17)', () => {
  it('two writes of different values with one (timestamp, tiebreak) are both rejected as conflicting, in either arrival order', () => {
    fc.assert(
      fc.property(driverWorlds, driverWrites, (input, first) => {
        const world: World = compiled(input)
        if (!('write' in first)) return
        const second: Command = { ...first, write: { ...first.write, value: !first.write.value } }
        const [a, b] = [replay(world, [first, second]), replay(world, [second, first])]
        expect(encode(a.world)).toEqual(encode(world))
        expect(encode(b.world)).toEqual(encode(world))
        expect(a.outcomes.map((o) => o.reasons.map((r) => r.code))).toEqual([['commands.conflicting_key'], ['commands.conflicting_key']])
      }),
      { numRuns: 50 },
    )
  })
})
