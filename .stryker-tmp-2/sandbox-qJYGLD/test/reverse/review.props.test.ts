// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { accessReview, decide, reviewColumns, reviewCsv, reviewJson, subjectName, type AccessReviewRow } from '../../src/index.js'
import { batchCase } from '../batch/worlds.js'
import { compiled } from '../support/compiled.js'
import { reverseCase } from './worlds.js'

/** An RFC 4180 reader: records of fields, quoted fields with doubled quotes, CRLF record ends. */
const parseCsv = (text: string): string[][] => {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (quoted && c === '"') quoted = false
    else if (quoted || (c !== '"' && c !== ',' && !(c === '\r' && text[i + 1] === '\n'))) field += c
    else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    }
  }
  return records
}

const session = { issuedAt: 1_000 }
const review = (world: ReturnType<typeof compiled>): readonly AccessReviewRow[] => [...accessReview(world, { session })]

describe('accessReview', () => {
  it('R1 every row is reproduced by decide: effect, level, actor, reasons and warnings', () => {
    const check = (world: ReturnType<typeof compiled>) => {
      const decider = decide(world)
      for (const row of review(world)) {
        const d = decider(row.subject, row.action, row.resource)
        expect([row.effect, row.level, row.reasons, row.warnings]).toEqual([d.effect, d.level, d.reasons, d.warnings])
        expect(row.actor).toBe(d.actor === undefined ? undefined : subjectName(d.actor))
        expect(row.subjectName).toBe(subjectName(row.subject))
      }
    }
    fc.assert(fc.property(reverseCase, (c) => check(compiled(c.input, c.settings))), { numRuns: 100 })
    fc.assert(fc.property(batchCase, (c) => check(compiled(c.input, c.settings))), { numRuns: 60 })
  })

  it('R2 rows come in a stable order, sections in reviewSections order; a chosen section gives exactly its rows', () => {
    fc.assert(
      fc.property(reverseCase, (c) => {
        const world = compiled(c.input, c.settings)
        const rows = review(world)
        expect(review(world)).toEqual(rows)
        const order = ['administration', 'workspace', 'model', 'selectiveAccess', 'driver', 'integration', 'connection', 'project', 'account']
        const ranks = rows.map((r) => order.indexOf(r.section))
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
        for (const section of ['model', 'account'] as const)
          expect([...accessReview(world, { sections: [section], session })]).toEqual(rows.filter((r) => r.section === section))
      }),
      { numRuns: 60 },
    )
  })

  it('R3 the alias is a subject of every model, named Internal (Full Access)', () => {
    fc.assert(
      fc.property(reverseCase, (c) => {
        const rows = review(compiled(c.input, c.settings)).filter((r) => r.section === 'model' && r.subject.kind === 'internalAlias')
        expect(rows.map((r) => r.scope)).toEqual((c.input.tenant?.models ?? []).map((m) => m.id))
        for (const row of rows) expect(row.subjectName).toBe('Internal (Full Access)')
      }),
      { numRuns: 60 },
    )
  })

  it('R4 CSV: RFC 4180 round trip on hostile ids, formulas neutralised; JSON parses to the rows', () => {
    const hostile = fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', '=1+1', '+cmd', '-2', '@SUM(A1)', '=HYPERLINK("x","y")', 'plain')
    fc.assert(
      fc.property(fc.uniqueArray(hostile, { minLength: 2, maxLength: 5 }), (ids) => {
        const [admin, ...others] = ids
        const world = compiled({
          tenant: {
            users: ids.map((id) => ({ id, kind: 'internal', roles: id === admin ? ['tenantAdmin', 'auditor'] : [] })),
            workspaces: [{ id: 'ws', members: ids.map((user) => ({ user, admin: user === admin })) }],
            models: [{ id: others[0] ?? 'm', workspace: 'ws', assignments: ids.map((user) => ({ user, role: 'fullAccess' })) }],
          },
        })
        const rows = review(world)
        const records = parseCsv([...reviewCsv(rows)].join(''))
        expect(records[0]).toEqual([...reviewColumns])
        expect(records.length).toBe(rows.length + 1)
        rows.forEach((row, k) => {
          const record = records[k + 1]!
          const shown = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
          expect(record[1]).toBe(shown(row.subjectName))
          expect(record[2]).toBe(shown(row.scope))
          expect(record[6]).toBe(row.effect)
          expect(record[11]).toBe(shown(row.explanation))
          for (const field of record) expect(/^[=+\-@]/.test(field)).toBe(false)
        })
        expect(JSON.parse([...reviewJson(rows)].join(''))).toEqual(JSON.parse(JSON.stringify(rows)))
      }),
      { numRuns: 50 },
    )
  })

  it('R5 an unknown section name throws, naming the option', () => {
    const world = compiled({ tenant: { users: [], workspaces: [], models: [] } })
    expect(() => accessReview(world, { sections: ['nope' as never] })).toThrow(/options\.sections\[0\]/)
    expect([...reviewJson(accessReview(world))].join('')).toBe('[]')
  })
})
