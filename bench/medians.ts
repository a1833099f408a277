import type { FloorRatio, Outcome, Report, Target } from './report.js'
import { num } from './report.js'

/**
 * A target's figure as a number and what follows it (`3.18×` → 3.18 and `×`, `157 MB` → 157 and ` MB`),
 * or undefined when it is not a number with a unit (agreement counts such as `499941 / 499941`).
 */
const figure = (measured: string): { readonly value: number; readonly unit: string } | undefined => {
  const match = /^(\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?)((?:×| (?:ns|µs|ms|s|MB|GB)\b).*)$/.exec(measured)
  if (match === null) return undefined
  const value = Number((match[1] ?? '').replaceAll(',', ''))
  return Number.isFinite(value) ? { value, unit: match[2] ?? '' } : undefined
}

/** The middle element's index of values sorted ascending (an odd count). */
const middle = (count: number): number => Math.floor(count / 2)

/**
 * One target over the runs. With a figure in every run: the median run's figure, the range (the
 * lowest and highest runs' figures) and whether the median run met it (with an odd count the median
 * is one run's figure, and every target is a bound, so that run says whether the median meets it).
 * Otherwise (agreement counts and the like): the runs' figures, and met when every run met it.
 */
const medianTarget = (name: string, seen: readonly Target[], runs: number): Target => {
  const figures = seen.map((t) => ({ target: t, figure: figure(t.measured) }))
  const numeric = figures.flatMap((f) => (f.figure === undefined ? [] : [{ target: f.target, value: f.figure.value, unit: f.figure.unit }]))
  if (numeric.length === seen.length && seen.length === runs) {
    const sorted = [...numeric].sort((a, b) => a.value - b.value)
    const median = sorted[middle(sorted.length)]
    const [lowest, highest] = [sorted[0], sorted[sorted.length - 1]]
    return {
      name,
      measured: `${median?.target.measured ?? '–'} (${num(lowest?.value ?? NaN)}–${num(highest?.value ?? NaN)}${/^\s*[^\s(]+/.exec(highest?.unit ?? '')?.[0] ?? ''})`,
      met: median?.target.met,
    }
  }
  const distinct = [...new Set(seen.map((t) => t.measured))]
  const met = seen.some((t) => t.met === undefined) ? undefined : seen.every((t) => t.met === true)
  return { name, measured: distinct.length === 1 ? `${distinct[0] ?? ''} (every run)` : distinct.join('; '), met }
}

/** A shape's ratio to its floor over the runs: the median, with its range. */
const medianFloor = (shape: string, ratios: readonly number[]): FloorRatio => {
  const sorted = [...ratios].sort((a, b) => a - b)
  return { shape, ratio: sorted[middle(sorted.length)] ?? NaN, range: [sorted[0] ?? NaN, sorted[sorted.length - 1] ?? NaN] }
}

/** Names in the order of first appearance. */
const namesOf = <T>(lists: readonly (readonly T[])[], name: (t: T) => string): readonly string[] => [...new Set(lists.flatMap((l) => l.map(name)))]

/**
 * The report of several runs: every target and every shape's ratio as the median of the runs, with
 * its range; the tables of the run whose ratios to the floor lie nearest the medians (the sum of the
 * distances of their logarithms), so that the tables are one real run's and a typical one.
 *
 * @example
 * ```ts
 * markdown(header, medianReport([run1, run2, run3, run4, run5]))
 * ```
 */
export const medianReport = (runs: readonly (readonly Outcome[])[]): Report => {
  const targetsOf = runs.map((outcomes) => outcomes.flatMap((o) => o.targets))
  const floorsOf = runs.map((outcomes) => outcomes.flatMap((o) => o.floors ?? []))
  const targets = namesOf(targetsOf, (t) => t.name).map((name) => medianTarget(name, targetsOf.flatMap((ts) => ts.filter((t) => t.name === name)), runs.length))
  const floors = namesOf(floorsOf, (f) => f.shape).map((shape) => medianFloor(shape, floorsOf.flatMap((fs) => fs.filter((f) => f.shape === shape).map((f) => f.ratio))))
  const distance = (run: readonly FloorRatio[]): number =>
    run.reduce((sum, f) => sum + Math.abs(Math.log(f.ratio / (floors.find((m) => m.shape === f.shape)?.ratio ?? f.ratio))), 0)
  const typical = floorsOf.reduce((best, run, i) => (distance(run) < distance(floorsOf[best] ?? []) ? i : best), 0)
  return {
    sections: (runs[typical] ?? []).flatMap((o) => o.sections),
    targets,
    floors,
    measuredHeader: `median of ${runs.length} (range)`,
    note: `Targets and ratios to the floor: the median of ${runs.length} runs, each in its own process, with the lowest and highest run's figure in brackets; a target is met when the median run meets it (figures without a number, such as agreement counts, when every run does). The tables below are run ${typical + 1}'s, the run whose ratios to the floor lie nearest the medians.`,
  }
}
