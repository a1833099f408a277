/** A peer under the agreement check: a name and a yes/no decision for request number `i`. */
// @ts-nocheck

export interface Voter {
  readonly name: string
  /** How many of the requests this peer is asked about (the first `limit`). */
  readonly limit: number
  readonly allows: (i: number) => boolean
}

/** The result for one peer: how many requests it was asked, and on how many it disagreed. */
export interface Agreement {
  readonly name: string
  readonly checked: number
  readonly disagreements: number
  readonly allowed: number
}

/**
 * Asks every peer about the same requests and counts where it disagrees with the reference (the
 * first voter). Every peer must give identical decisions; any disagreement is reported.
 */
export const agreement = (voters: readonly Voter[]): readonly Agreement[] => {
  const [reference, ...others] = voters
  if (reference === undefined) return []
  const expected = Array.from({ length: reference.limit }, (_, i) => reference.allows(i))
  const tally = (voter: Voter, isReference: boolean): Agreement => {
    const checked = Math.min(voter.limit, expected.length)
    let disagreements = 0
    let allowed = 0
    for (let i = 0; i < checked; i++) {
      const vote = isReference ? expected[i] : voter.allows(i)
      if (vote === true) allowed++
      if (vote !== expected[i]) disagreements++
    }
    return { name: voter.name, checked, disagreements, allowed }
  }
  return [tally(reference, true), ...others.map((voter) => tally(voter, false))]
}
