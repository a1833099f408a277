import { describe, expect, it } from 'vitest'
import { reasonCodes } from '../../src/index.js'
import { reasonParams } from '../../src/decision/reason-params.js'

describe('the parameter table of the canonical order', () => {
  it('has a row for every reason code and no other', () => {
    expect(Object.keys(reasonParams).sort()).toEqual([...reasonCodes].sort())
  })

  it.each(Object.entries(reasonParams))('%s lists its names sorted, each once', (_code, names) => {
    expect([...names]).toEqual([...new Set(names)].sort())
  })
})
