// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { reasonCodes } from '../../src/index.js'
import { reasonParams } from '../../src/decision/reason-params.js'
import { declaredCatalogue } from '../support/reason-catalogue.js'

describe('the parameter table of the canonical order', () => {
  it('has a row for every reason code and no other', () => {
    expect(Object.keys(reasonParams()).sort()).toEqual([...reasonCodes].sort())
  })

  it('lists, for every code, exactly the names its declaration has, sorted, each once', () => {
    const { codes } = declaredCatalogue()
    const rows = new Map<string, readonly string[]>(Object.entries(reasonParams()))
    for (const code of reasonCodes) {
      const declared = (codes.get(code) ?? []).map((param) => param.name).sort()
      expect({ code, names: rows.get(code) }).toEqual({ code, names: declared })
    }
  })
})
