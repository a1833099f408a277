import { describe, expect, test } from 'vitest'
import { reasonCodes } from '../../src/index.js'
import { docsPage, firstColumnNames } from './markdown.js'

const documented = firstColumnNames(docsPage('reason-codes.md'))

describe('docs/reason-codes.md cannot drift from the code', () => {
  test('every code in reasonCodes has a row', () => {
    expect(reasonCodes.filter((code) => !documented.includes(code))).toStrictEqual([])
  })

  test('every row names a code that exists, once', () => {
    expect(documented.filter((code) => !(reasonCodes as readonly string[]).includes(code))).toStrictEqual([])
    expect(new Set(documented).size).toBe(documented.length)
  })
})
