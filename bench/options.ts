import type { Budget } from './measure.js'

/**
 * The run's knobs: `--quick` shortens every budget and skips the largest scale; `--only a,b` runs
 * only the named runs (`cells`, `batch`, `connections`, `scale`, `reverse`, `grid`, `turns`, `impact`);
 * `--json <file>` writes the outcomes there instead of docs/performance.md.
 */
export interface Options {
  readonly quick: boolean
  readonly only: readonly string[] | undefined
  readonly json: string | undefined
  readonly budget: Budget
  /** Budget for the slow peers (Cedar), whose calls take microseconds to milliseconds. */
  readonly slowBudget: Budget
  /** Requests in each agreement check, and for Cedar. */
  readonly agreement: number
  readonly cedarAgreement: number
}

/** The value after `flag` in argv, if any. */
export const valueOf = (argv: readonly string[], flag: string): string | undefined => {
  const at = argv.indexOf(flag)
  return at < 0 ? undefined : argv[at + 1]
}

export const options = (argv: readonly string[]): Options => {
  const quick = argv.includes('--quick')
  const only = valueOf(argv, '--only')?.split(',')
  const json = valueOf(argv, '--json')
  return quick
    ? { quick, only, json, budget: { time: 150, warmup: 50 }, slowBudget: { time: 300, warmup: 50 }, agreement: 20_000, cedarAgreement: 300 }
    : { quick, only, json, budget: { time: 700, warmup: 150 }, slowBudget: { time: 1_500, warmup: 150 }, agreement: 20_000, cedarAgreement: 2_000 }
}
