/* eslint-disable @typescript-eslint/no-unsafe-call -- the calls on readonly arrays are the errors under test */
// @ts-nocheck

import { expectTypeOf, test } from 'vitest'
import type { Action, CellResource, Decision, Resource, Subject, TenantInput, WorldInput } from '../../src/index.js'

declare const decision: Decision
declare const subject: Subject
declare const cell: CellResource
declare const action: Action
declare const world: WorldInput
declare const tenant: TenantInput

test('a decision is readonly all the way down', () => {
  //  effect is readonly
  decision.effect = 'allow'
  //  reasons is a readonly array
  decision.reasons.push({ code: 'default.no_grant', action: 'cell.read' })
  const first = decision.reasons[0]
  //  a reason's code is readonly
  if (first !== undefined) first.code = 'default.no_grant'
  expectTypeOf(decision.warnings).toEqualTypeOf<Decision['warnings']>()
})

test('subjects, actions and resources are readonly', () => {
  //  kind is readonly
  subject.kind = 'scheduler'
  //  type is readonly
  action.type = 'model.open'
  //  a cell's coordinates are readonly
  cell.items['region'] = 'emea'
  //  a resource's kind is readonly
  ;(cell as Resource).kind = 'tenant'
})

test('world inputs are readonly', () => {
  //  the tenant is readonly
  world.tenant = tenant
  //  users is a readonly array
  tenant.users.push({ id: 'x', kind: 'internal' })
  const model = tenant.models[0]
  //  a model's lists are readonly
  model?.lists?.push({ id: 'l' })
  const role = model?.roles?.[0]
  //  role permissions are a readonly record
  if (role?.modules !== undefined) role.modules['m'] = 'write'
})
