import { cpus } from 'node:os'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/** The flags every timing run of `bench/index.ts` gets from Node (`npm run bench`). */
export const nodeFlags: readonly string[] = ['--expose-gc', '--max-old-space-size=6144', '--no-turbo-inline-js-wasm-calls']

/** The header of docs/performance.md: which command wrote it, when, and on what machine. */
export const pageHeader = (command: string, how: string): string =>
  [
    '# Performance',
    `Written by \`${command}\` (${how}), on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, shared with other work and noisy: compare the ratios within one run, not the absolute numbers across runs. Each timing is the median of a task's samples, with the fastest and slowest sample; a sample (tinybench) times a batch of requests, walked round a pool of prepared random requests. The tasks of a table take turns in five rounds, each round starting one task later, and a timing pools the samples of all five, so that a burst of load from elsewhere skews no single task; a timing is thus the median of five rounds.`,
  ].join('\n\n')

/**
 * Writes docs/performance.md, keeping its "Changing the world" section (written by
 * `npm run bench:commands`).
 */
export const writePage = (report: string): void => {
  const page = new URL('../docs/performance.md', import.meta.url)
  const commandsSection = existsSync(page) ? (readFileSync(page, 'utf8').split(/^(?=## Changing the world)/m)[1] ?? '') : ''
  writeFileSync(page, commandsSection === '' ? report : `${report.trimEnd()}\n\n${commandsSection}`)
}
