/** A small seeded generator (mulberry32), so every run of the benchmark builds the same worlds. */
// @ts-nocheck

export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number
  /** An integer in [0, n). */
  readonly int: (n: number) => number
  /** One element of a non-empty array. */
  readonly pick: <T>(values: readonly T[]) => T
  /** True with probability p. */
  readonly chance: (p: number) => boolean
}

export const random = (seed: number): Random => {
  const state = { a: seed >>> 0 }
  const next = (): number => {
    state.a = (state.a + 0x6d2b79f5) >>> 0
    let t = state.a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  return { next, int, pick: (values) => values[int(values.length)]!, chance: (p) => next() < p }
}
