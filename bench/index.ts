import { writeFileSync } from 'node:fs'
import { options } from './options.js'
import { nodeFlags, pageHeader, writePage } from './page.js'
import { markdown, type Outcome } from './report.js'
import { runBatch } from './runs/batch.js'
import { runCells } from './runs/cells.js'
import { runConnections } from './runs/connections.js'
import { runGrid } from './runs/grid.js'
import { runImpact } from './runs/impact.js'
import { runReverse } from './runs/reverse.js'
import { runScale } from './runs/scale.js'
import { runTurns } from './runs/turns.js'

/**
 * `npm run bench [-- --quick] [-- --only cells,grid]`: every workload and shape in one process, written to
 * docs/performance.md; with `--json <file>`, the outcomes are written to that file instead (what
 * `npm run bench:median` runs in each of its processes).
 */
const argv = process.argv.slice(2)
const settings = options(argv)
const runs: readonly (readonly [string, string, () => Outcome])[] = [
  ['cells', 'workload 1 (cell decisions)', () => runCells(settings)],
  ['batch', 'workload 2 (batch)', () => runBatch(settings)],
  ['connections', 'workload 3 (connection roles)', () => runConnections(settings)],
  ['scale', 'workload 4 (scale)', () => runScale(settings)],
  ['reverse', 'workload 5 (reverse questions)', () => runReverse(settings)],
  ['grid', 'shapes A and C (drivers over two lists)', () => runGrid(settings)],
  ['turns', 'shape B (many users in turn)', () => runTurns(settings)],
  ['impact', 'what if (impact)', () => runImpact(settings)],
]
const unknown = settings.only?.filter((key) => !runs.some(([k]) => k === key)) ?? []
if (unknown.length > 0) throw new Error(`--only: no run named ${unknown.join(', ')} (runs: ${runs.map(([k]) => k).join(', ')})`)

const outcomes = runs
  .filter(([key]) => settings.only === undefined || settings.only.includes(key))
  .map(([, name, run]) => {
    const start = performance.now()
    const outcome = run()
    console.log(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`)
    return outcome
  })

if (settings.json !== undefined) writeFileSync(settings.json, JSON.stringify(outcomes))
else {
  const flags = [settings.quick ? '--quick' : '', settings.only === undefined ? '' : `--only ${settings.only.join(',')}`].filter((f) => f !== '')
  const command = `npm run bench${flags.length === 0 ? '' : ` -- ${flags.join(' ')}`}`
  const report = markdown(pageHeader(command, `\`tsx ${nodeFlags.join(' ')} bench/index.ts\``), outcomes)
  writePage(report)
  console.log(report)
}
