// @ts-nocheck
// Worlds with every section (tenant, workplace, account) and questions about them, for the reverse properties.
import fc from 'fast-check'
import type { Settings, WorldInput } from '../../src/index.js'
import { accountArb } from '../support/arbitraries/account.js'
import { questionFrom, type Question } from '../support/arbitraries/questions.js'
import { connectionIds, workplaceArb } from '../support/arbitraries/workplace.js'
import { poolsOf, worldArb } from '../support/worlds.js'

/** A generated world with its settings. */
export interface ReverseCase {
  readonly input: WorldInput
  readonly settings: Partial<Settings>
}

/** A tenant (users with roles, workspaces, models, integrations), maybe a workplace and an account, either SA bypass setting. */
export const reverseCase: fc.Arbitrary<ReverseCase> = fc
  .record({
    world: worldArb,
    workplace: fc.option(workplaceArb, { nil: undefined }),
    account: fc.option(accountArb, { nil: undefined }),
    bypass: fc.boolean(),
  })
  .map(({ world, workplace, account, bypass }) => ({
    input: { ...world, ...(workplace === undefined ? {} : { workplace }), ...(account === undefined ? {} : { account }) },
    settings: { workspaceAdminsBypassSelectiveAccess: bypass },
  }))

/** A world with questions about it: every action type, ids mostly from the world, some unknown. */
export const reverseQuestions = (count: number): fc.Arbitrary<{ readonly c: ReverseCase; readonly questions: readonly Question[] }> =>
  reverseCase.chain((c) => {
    const pools = poolsOf(c.input)
    return fc.record({ c: fc.constant(c), questions: fc.array(questionFrom({ ...pools, connections: [...pools.connections, ...connectionIds] }), { minLength: 1, maxLength: count }) })
  })
