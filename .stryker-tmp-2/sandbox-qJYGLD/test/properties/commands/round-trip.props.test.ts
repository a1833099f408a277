// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codecs, compile, decide, encode, replay } from '../../../src/index.js'
import { commandArb, logArb, tenantWithListsArb } from '../../support/commands.js'
import { compileTenant } from '../../support/commands.js'

describe('round trip', () => {
  it('round trip: a world after commands encodes to JSON that decodes to itself, recompiles to the same JSON, and decides the same', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(15), fc.array(commandArb, { minLength: 10, maxLength: 10 }), (tenant, log, probes) => {
        const world = replay(compileTenant(tenant), log).world
        const json = JSON.parse(JSON.stringify(encode(world))) as unknown
        const decoded = codecs.world.decode(json)
        expect(decoded._tag === 'Right' ? decoded.right : decoded.left).toEqual(json)
        const again = compile(json)
        if (again._tag === 'Left') throw new Error(again.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
        expect(encode(again.right)).toEqual(json)
        for (const probe of probes) expect(decide(again.right)(probe.actor, probe.action, probe.resource)).toEqual(decide(world)(probe.actor, probe.action, probe.resource))
      }),
      { numRuns: 150 },
    )
  })
})
