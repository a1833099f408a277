/**
 * `npm run bench:median [-- --runs 5] [-- --quick] [-- --only cells,grid]`: runs `bench/index.ts` that
 * many times, each in a fresh process (so that no run inherits another's heap or compiled code), and
 * writes docs/performance.md with the median of the runs for every target and every shape's ratio to its
 * floor, with their range; the tables come from the run nearest the medians.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { medianReport } from './medians.js'
import { valueOf } from './options.js'
import { nodeFlags, pageHeader, writePage } from './page.js'
import { markdown, num, type Outcome } from './report.js'

const argv = process.argv.slice(2)
const runs = Number(valueOf(argv, '--runs') ?? 5)
if (!Number.isInteger(runs) || runs < 1 || runs % 2 === 0) throw new Error('--runs: an odd number of runs, so that the median is one run\'s figure')
const passed = argv.filter((arg, i) => arg !== '--runs' && argv[i - 1] !== '--runs')
const scratch = mkdtempSync(join(tmpdir(), 'accessgrid-bench-'))
const bench = new URL('./index.ts', import.meta.url).pathname
const start = performance.now()
const loads: string[] = []
const outcomes: (readonly Outcome[])[] = []
for (let run = 0; run < runs; run++) {
  const json = join(scratch, `run-${run}.json`)
  const child = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', bench, ...passed, '--json', json], { stdio: 'inherit' })
  if (child.status !== 0) throw new Error(`run ${run + 1} of ${runs} failed (exit ${String(child.status)})`)
  outcomes.push(JSON.parse(readFileSync(json, 'utf8')) as readonly Outcome[])
  loads.push(loadavg().map((l) => l.toFixed(1)).join(', '))
  console.log(`run ${run + 1} of ${runs} done after ${((performance.now() - start) / 60_000).toFixed(1)} min (load average ${loads[loads.length - 1] ?? ''})`)
}
rmSync(scratch, { recursive: true })
const minutes = (performance.now() - start) / 60_000
const command = `npm run bench:median${passed.length === 0 && runs === 5 ? '' : ` -- --runs ${runs}${passed.length === 0 ? '' : ` ${passed.join(' ')}`}`}`
const how = `${runs} runs of \`tsx ${nodeFlags.join(' ')} bench/index.ts\`, each in its own process, one after the other, in ${num(minutes)} minutes; load average after each run: ${loads.join('; ')}`
const report = markdown(pageHeader(command, how), medianReport(outcomes))
writePage(report)
console.log(report)
