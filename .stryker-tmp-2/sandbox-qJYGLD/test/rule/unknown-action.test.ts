// @ts-nocheck
import { expect, it } from 'vitest'
import { decide, id, resource, subject, type Action } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { planningTenant } from '../support/planning-world.js'

it('an action type no spec knows is denied with request.invalid naming the type', () => {
  const world = compiled({ tenant: planningTenant() })
  const bogus = { type: 'cell.delete' } as unknown as Action
  const decision = decide(world)(subject.user(id.user('ana')), bogus, resource.model(id.model('fp')))
  expect(decision.effect).toBe('deny')
  expect(decision.reasons).toEqual([{ code: 'request.invalid', path: 'action.type', message: 'unknown action type "cell.delete"' }])
})
