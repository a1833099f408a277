// @ts-nocheck
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { reasonCodes } from '../../src/index.js'
import { docsPage, docsPages, firstColumnNames } from './markdown.js'

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

describe('the docs name only reason codes that exist', () => {
  const prefixes = [...new Set(reasonCodes.map((code) => code.split('.')[0] ?? ''))].join('|')
  const codeLike = new RegExp(`\`((?:${prefixes})\\.[a-z]+(?:_[a-z]+)*)\``, 'g')
  /** Code-shaped names that are fields, not codes (the request's resolved actor). */
  const fields = ['request.actor']
  const pages: readonly (readonly [string, string])[] = [
    ['README.md', readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')],
    ...docsPages().map((name) => [name, docsPage(name)] as const),
  ]

  test.each(pages)('%s', (_name, text) => {
    const named = [...text.matchAll(codeLike)].map((match) => match[1] ?? '')
    expect(named.filter((code) => !fields.includes(code) && !(reasonCodes as readonly string[]).includes(code))).toStrictEqual([])
  })
})
