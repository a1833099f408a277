// @ts-nocheck
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { id, resource } from '../../src/index.js'
import { planningWorld } from '../support/arbitraries/planning.js'
import { actorsOf, deciderOf, isAdmin, modelOf, runs } from '../support/planning-props.js'

it('I14 Order List and Update Current Period run iff the actor is a workspace administrator, whatever the role', () => {
  fc.assert(
    fc.property(planningWorld, (generated) => {
      const tenant = generated.input.tenant
      if (tenant === undefined) return
      const world = { ...generated, input: { tenant: { ...tenant, users: tenant.users.map((u) => ({ ...u, enabled: true })) } } }
      const model = modelOf(world)
      const decider = deciderOf(world.input, world.settings)
      for (const action of (model.actions ?? []).filter((a) => a.kind === 'orderList' || a.kind === 'updateCurrentPeriod'))
        for (const actor of actorsOf(world)) {
          const decision = decider(actor, { type: 'modelAction.run' }, resource.modelAction(id.model(model.id), id.modelAction(action.id)))
          expect(decision.effect).toBe(actor.kind === 'user' && isAdmin(world, actor.id) ? 'allow' : 'deny')
        }
    }),
    runs,
  )
})
