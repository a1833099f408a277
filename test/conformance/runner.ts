// The conformance runner ships with the command (`accessgrid test`, src/cli/cases/); the corpus test runs
// the same code. Collecting tests reads only the JSON: each request runs its file inside its own test, so
// collecting executes no engine code and each test reaches what its file reaches (mutation testing runs a
// mutant against the tests that reach it, and a file run once for its first test would be checked by that
// test alone).
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { runCaseFile } from '../../src/cli/cases/files.js'
import type { CaseResult } from '../../src/cli/cases/run.js'

export { caseFiles } from '../../src/cli/cases/files.js'

/** One request or reverse question of a case file, decided when `run` is called. */
export interface CaseRequest {
  readonly file: string
  readonly description: string
  readonly run: () => string | undefined
}

interface Described {
  readonly description?: unknown
}

const descriptions = (data: { readonly requests?: readonly Described[]; readonly whoCan?: readonly Described[]; readonly whatCan?: readonly Described[] }): readonly string[] => [
  ...(data.requests ?? []).map((r) => String(r.description)),
  ...(data.whoCan ?? []).map((c) => `whoCan: ${String(c.description)}`),
  ...(data.whatCan ?? []).map((c) => `whatCan: ${String(c.description)}`),
]

/** The requests of one case file, in the order the shipped runner reports them. */
export const caseRequests = (path: string, root: string): readonly CaseRequest[] => {
  const file = relative(root, path)
  return descriptions(JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof descriptions>[0]).map((description, i) => ({
    file,
    description,
    run: () => {
      const results: readonly CaseResult[] = runCaseFile(path, root)
      // A file the runner cannot read fails as one case: every request of it reports that failure.
      const result = results.length === 1 && results[0]?.description !== description ? results[0] : results[i]
      return result === undefined ? 'no result' : result.failure
    },
  }))
}
