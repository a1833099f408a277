// @ts-nocheck
// Runs every JSON case file under a folder (default: the bundled corpus) and prints each failure,
// then `N passed, N failed`. Usage: npm run conformance -- <dir>. The installed package runs the same
// runner as `accessgrid test <dir>`.
import { resolve } from 'node:path'
import { runCases } from '../src/cli/cases/files.js'

const dir = resolve(process.argv[2] ?? 'test/conformance/cases')
const results = runCases(dir)
const failed = results.filter((result) => result.failure !== undefined)
for (const result of failed) console.log(`FAIL ${result.file} — ${result.description}\n     ${result.failure ?? ''}`)
console.log(`${results.length - failed.length} passed, ${failed.length} failed`)
process.exitCode = failed.length > 0 ? 1 : 0
