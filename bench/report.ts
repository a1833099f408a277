import type { Timing } from './measure.js'

/** One part of the report: a heading, a table, and the notes under it. */
export interface Section {
  readonly title: string
  readonly intro: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
  readonly notes: readonly string[]
}

/** A target of the issue and whether this run met it. */
export interface Target {
  readonly name: string
  readonly measured: string
  /** Undefined when this run did not measure it (`--quick`). */
  readonly met: boolean | undefined
}

/** How far the engine is from its hand-written floor on one shape (time / floor's time, same run). */
export interface FloorRatio {
  readonly shape: string
  readonly ratio: number
  /** Over several runs: the lowest and highest run's ratio (`ratio` is then their median). */
  readonly range?: readonly [number, number]
}

/** A section's result: its tables, the targets it checks, and its ratios to the floor. */
export interface Outcome {
  readonly sections: readonly Section[]
  readonly targets: readonly Target[]
  readonly floors?: readonly FloorRatio[]
}

/** A number with a sensible count of digits. */
export const num = (value: number): string =>
  !Number.isFinite(value) ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 0.01 ? value.toFixed(2) : value.toPrecision(2)

/** `median (min–max)`. */
export const spread = (t: Timing | undefined): string => (t === undefined ? '–' : `${num(t.median)} (${num(t.min)}–${num(t.max)})`)

/** `a / b` as `12.3×`. */
export const ratio = (a: Timing | undefined, b: Timing | undefined): string =>
  a === undefined || b === undefined ? '–' : `${num(a.median / b.median)}×`

const table = (section: Section): string =>
  [`| ${section.headers.join(' | ')} |`, `|${section.headers.map(() => '---').join('|')}|`, ...section.rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

/**
 * What a report shows: one run's outcomes put together, or several runs' medians
 * (`bench/medians.ts`), which name their figures' column and add a note under the targets.
 */
export interface Report {
  readonly sections: readonly Section[]
  readonly targets: readonly Target[]
  readonly floors: readonly FloorRatio[]
  readonly measuredHeader?: string
  readonly note?: string
}

/** One run's outcomes as a report. */
const oneRun = (outcomes: readonly Outcome[]): Report => ({
  sections: outcomes.flatMap((o) => o.sections),
  targets: outcomes.flatMap((o) => o.targets),
  floors: outcomes.flatMap((o) => o.floors ?? []),
})

/** A ratio to the floor, with its range over several runs. */
const floorRatio = (f: FloorRatio): string => `${num(f.ratio)}×${f.range === undefined ? '' : ` (${num(f.range[0])}–${num(f.range[1])}×)`}`

/** The whole report as Markdown: one run's outcomes, or a report of several runs. */
export const markdown = (header: string, outcomes: readonly Outcome[] | Report): string => {
  const report = 'sections' in outcomes ? outcomes : oneRun(outcomes)
  const floors = [...report.floors].sort((a, b) => b.ratio - a.ratio)
  const worst = floors[0]
  return [
    header,
    ...(worst === undefined
      ? []
      : [
          `**Worst shape: ${worst.shape}, at ${floorRatio(worst)} its hand-written floor.** Every shape, worst first: ${floors.map((f) => `${f.shape} ${floorRatio(f)}`).join('; ')}.`,
        ]),
    '## Targets',
    table({
      title: '',
      intro: '',
      headers: ['target', report.measuredHeader ?? 'measured', 'met'],
      rows: report.targets.map((t) => [t.name, t.measured, t.met === undefined ? 'not measured' : t.met ? 'yes' : '**no**']),
      notes: [],
    }),
    ...(report.note === undefined ? [] : [report.note]),
    ...report.sections.map((s) => [`## ${s.title}`, s.intro, table(s), ...s.notes.map((n) => `- ${n}`)].filter((p) => p !== '').join('\n\n')),
  ].join('\n\n') + '\n'
}
