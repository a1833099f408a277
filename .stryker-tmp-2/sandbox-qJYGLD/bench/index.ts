// @ts-nocheck
import { cpus } from 'node:os'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { options } from './options.js'
import { markdown, type Outcome } from './report.js'
import { runBatch } from './runs/batch.js'
import { runCells } from './runs/cells.js'
import { runConnections } from './runs/connections.js'
import { runGrid } from './runs/grid.js'
import { runImpact } from './runs/impact.js'
import { runReverse } from './runs/reverse.js'
import { runScale } from './runs/scale.js'
import { runTurns } from './runs/turns.js'

const settings = options(process.argv.slice(2))
const command = `npm run bench${settings.quick ? ' -- --quick' : ''}`
const runs: readonly [string, () => Outcome][] = [
  ['workload 1 (cell decisions)', () => runCells(settings)],
  ['workload 2 (batch)', () => runBatch(settings)],
  ['workload 3 (connection roles)', () => runConnections(settings)],
  ['workload 4 (scale)', () => runScale(settings)],
  ['workload 5 (reverse questions)', () => runReverse(settings)],
  ['shapes A and C (drivers over two lists)', () => runGrid(settings)],
  ['shape B (many users in turn)', () => runTurns(settings)],
  ['what if (impact)', () => runImpact(settings)],
]

const outcomes = runs.map(([name, run]) => {
  const start = performance.now()
  const outcome = run()
  console.log(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`)
  return outcome
})

const header = [
  '# Performance',
  `Written by \`${command}\` (\`tsx --expose-gc --max-old-space-size=6144 --no-turbo-inline-js-wasm-calls bench/index.ts\`), on ${new Date().toISOString().slice(0, 10)}.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, shared with other work and noisy: compare the ratios within one run, not the absolute numbers across runs. Each timing is the median of a task's samples, with the fastest and slowest sample; a sample (tinybench) times a batch of requests, walked round a pool of prepared random requests. The tasks of a table take turns in five rounds, each round starting one task later, and a timing pools the samples of all five, so that a burst of load from elsewhere skews no single task; a timing is thus the median of five rounds.`,
].join('\n\n')

const report = markdown(header, outcomes)
// The "Changing the world" section is written by `npm run bench:commands`; keep it.
const page = new URL('../docs/performance.md', import.meta.url)
const commandsSection = existsSync(page) ? (readFileSync(page, 'utf8').split(/^(?=## Changing the world)/m)[1] ?? '') : ''
writeFileSync(page, commandsSection === '' ? report : `${report.trimEnd()}

${commandsSection}`)
console.log(report)
