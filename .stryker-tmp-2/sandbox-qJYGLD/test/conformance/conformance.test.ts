// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { caseFiles, caseRequests } from './runner.js'

const root = join(import.meta.dirname, 'cases')

describe('conformance corpus', () => {
  for (const path of caseFiles(root)) {
    describe(path.slice(root.length + 1), () => {
      for (const request of caseRequests(path, root)) {
        it(request.description, () => {
          expect(request.run()).toBeUndefined()
        })
      }
    })
  }
})
