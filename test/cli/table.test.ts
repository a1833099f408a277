// The command's tables: aligned on the widest cell of each column, however many rows (who-can on a
// world of 300,000 users lists them all).
import { describe, expect, it } from 'vitest'
import { table } from '../../src/cli/output.js'

describe('table', () => {
  it('300,000 rows are aligned on the widest cell, not a RangeError', () => {
    const rows = [['user', 'level'], ...Array.from({ length: 300_000 }, (_, i) => [`u${i}`, 'read'])]
    const lines = table(rows).split('\n')
    expect(lines.slice(0, 3)).toEqual(['user     level', '-------  -----', 'u0       read'])
    expect(lines.at(-2)).toBe('u299999  read')
  })
})
