// @ts-nocheck
import type { Budget } from './measure.js'

/** The run's knobs: `--quick` shortens every budget and skips the largest scale. */
export interface Options {
  readonly quick: boolean
  readonly budget: Budget
  /** Budget for the slow peers (Cedar), whose calls take microseconds to milliseconds. */
  readonly slowBudget: Budget
  /** Requests in each agreement check, and for Cedar. */
  readonly agreement: number
  readonly cedarAgreement: number
}

export const options = (argv: readonly string[]): Options => {
  const quick = argv.includes('--quick')
  return quick
    ? { quick, budget: { time: 150, warmup: 50 }, slowBudget: { time: 300, warmup: 50 }, agreement: 20_000, cedarAgreement: 300 }
    : { quick, budget: { time: 700, warmup: 150 }, slowBudget: { time: 1_500, warmup: 150 }, agreement: 20_000, cedarAgreement: 2_000 }
}
