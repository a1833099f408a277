// @ts-nocheck
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

/** The whole report as Markdown. */
export const markdown = (header: string, outcomes: readonly Outcome[]): string => {
  const sections = outcomes.flatMap((o) => o.sections)
  const targets = outcomes.flatMap((o) => o.targets)
  const floors = outcomes.flatMap((o) => o.floors ?? []).sort((a, b) => b.ratio - a.ratio)
  const worst = floors[0]
  return [
    header,
    ...(worst === undefined
      ? []
      : [
          `**Worst shape: ${worst.shape}, at ${num(worst.ratio)}× its hand-written floor.** Every shape, worst first: ${floors.map((f) => `${f.shape} ${num(f.ratio)}×`).join('; ')}.`,
        ]),
    '## Targets',
    table({ title: '', intro: '', headers: ['target', 'measured', 'met'], rows: targets.map((t) => [t.name, t.measured, t.met === undefined ? 'not measured' : t.met ? 'yes' : '**no**']), notes: [] }),
    ...sections.map((s) => [`## ${s.title}`, s.intro, table(s), ...s.notes.map((n) => `- ${n}`)].filter((p) => p !== '').join('\n\n')),
  ].join('\n\n') + '\n'
}
