import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { caseFiles, runCaseFile } from './runner.js'

const root = join(import.meta.dirname, 'cases')

describe('conformance corpus', () => {
  for (const path of caseFiles(root)) {
    describe(path.slice(root.length + 1), () => {
      for (const result of runCaseFile(path, root)) {
        it(result.description, () => {
          expect(result.failure).toBeUndefined()
        })
      }
    })
  }
})
