// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, decide, encode, id, resource, subject, type Action, type Resource, type World } from '../../../src/index.js'
import { walk } from '../../support/command-steps.js'
import { commandArb, compileTenant, logArb, tenantWithListsArb } from '../../support/commands.js'
import { userIds } from '../../support/arbitraries/tenant.js'

/** Questions about what commands create and change: managing and running the objects a log may create, beside random acts. */
const createdObjects: readonly (readonly [Action, Resource])[] = ['x0', 'x1'].flatMap((name) => [
  [{ type: 'cloudworks.manage', operation: 'update' }, resource.integration(id.integration(name))] as const,
  [{ type: 'cloudworks.manage', operation: 'read' }, resource.cloudworksConnection(id.connection(name))] as const,
  [{ type: 'cloudworks.run' }, resource.integration(id.integration(name))] as const,
])

const sameDecisions = (world: World, again: World, probes: readonly (readonly [Action, Resource])[]): void => {
  const [before, after] = [decide(world), decide(again)]
  for (const user of userIds)
    for (const [action, target] of probes) expect(after(subject.user(id.user(user)), action, target)).toEqual(before(subject.user(id.user(user)), action, target))
}

describe('an allowed command yields a world that compiles', () => {
  it('an allowed command yields a world that compiles: after every applied command, encode → compile succeeds, encodes to the same JSON and decides the same', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(12), fc.array(commandArb, { minLength: 4, maxLength: 4 }), (tenant, log, random) => {
        const probes = [...createdObjects, ...random.map((c) => [c.action, c.resource] as const)]
        for (const step of walk(compileTenant(tenant), log)) {
          if (step.result._tag === 'Left') continue
          const json = JSON.parse(JSON.stringify(encode(step.after))) as unknown
          const again = compile(json)
          if (again._tag === 'Left') throw new Error(`${step.command.action.type}: ${again.left.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
          expect(encode(again.right)).toEqual(json)
          sameDecisions(step.after, again.right, probes)
        }
      }),
      { numRuns: 100 },
    )
  })
})
