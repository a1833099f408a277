// A custom rule module may say a reason code the catalogue does not hold: the decision keeps each of its
// reasons once, in one order, told apart by their parameters (I4, I5).
import { describe, expect, it } from 'vitest'
import { decideWith, id, policy, resource, ruleModule, subject, verdict, type Reason } from '../../src/index.js'
import { compiled } from '../support/compiled.js'

/** A reason of a code outside the catalogue, with a parameter of its own. */
const flagged = (ticket: string): Reason => ({ code: 'audit.flagged', ticket }) as unknown as Reason

/** A module granting `model.open` twice under the custom code, with the tickets in the given order. */
const audit = (tickets: readonly string[]) =>
  ruleModule('audit', { 'model.open': () => verdict.concat(...tickets.map((ticket) => verdict.grant(1, flagged(ticket)))) })

const open = (tickets: readonly string[]) => {
  const { effect, reasons } = decideWith(policy([audit(tickets)]))(compiled({}))(subject.user(id.user('ana')), { type: 'model.open' }, resource.model(id.model('fp')))
  return { effect, reasons }
}

describe('a reason code outside the catalogue', () => {
  it.each([
    ['in one order', ['T-2', 'T-1']],
    ['in the other', ['T-1', 'T-2']],
  ])('I4 I5 said twice with different parameters (%s): both reasons, ordered by the parameter', (_, tickets) => {
    expect(open(tickets)).toEqual({ effect: 'allow', reasons: [flagged('T-1'), flagged('T-2')] })
  })

  it('I5 said twice with the same parameters: one reason', () => {
    expect(open(['T-1', 'T-1'])).toEqual({ effect: 'allow', reasons: [flagged('T-1')] })
  })
})
