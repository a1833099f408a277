// @ts-nocheck
// F49 (with A1): every combination of read and write driver values, under both readings of a write
// driver alone at FALSE, gives the cell level of the specification's table, and the deny names the
// driver that set it, with the line item.
import { describe, expect, it } from 'vitest'
import { decide, type ModelInput } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { act, actor, cell, planningTenant, withModel } from '../support/planning-world.js'

type Value = boolean | undefined
const values: readonly Value[] = [undefined, true, false]

/** The specification's table (F49), with A1 for a write driver alone at FALSE. */
const f49 = (read: Value, write: Value, writeAloneFalse: 'read' | 'none'): 'write' | 'read' | 'none' => {
  if (write === true) return 'write'
  if (read === undefined && write === undefined) return 'write'
  if (read === true) return 'read'
  if (read === false) return 'none'
  return writeAloneFalse
}

const model = (read: Value, write: Value): ModelInput =>
  withModel({
    roles: [{ id: 'planner', modules: { grid: 'write' }, versions: { plan: 'write' } }],
    actions: [],
    modules: [{ id: 'grid', lineItems: [{ id: 'li', ...(read === undefined ? {} : { readDriver: 'canRead' }), ...(write === undefined ? {} : { writeDriver: 'canWrite' }) }] }],
    drivers: [
      ...(read === undefined ? [] : [{ id: 'canRead', values: [{ value: read }] }]),
      ...(write === undefined ? [] : [{ id: 'canWrite', values: [{ value: write }] }]),
    ],
  })

const combinations = values.flatMap((read) => values.flatMap((write) => (['read', 'none'] as const).map((setting) => [read, write, setting] as const)))

describe('F49 the driver table', () => {
  it.each(combinations)('read %s, write %s, a write driver alone at FALSE reads as %s', (read, write, setting) => {
    const ask = decide(compiled({ tenant: planningTenant(model(read, write)) }, { writeDriverAloneFalse: setting }))
    const expected = f49(read, write, setting)
    const on = cell('grid', 'li', 'plan')
    const reading = ask(actor('full'), act.read(), on)
    const writing = ask(actor('full'), act.write(), on)
    expect(writing.level).toBe(expected)
    expect(reading.effect).toBe(expected === 'none' ? 'deny' : 'allow')
    expect(writing.effect).toBe(expected === 'write' ? 'allow' : 'deny')
    if (expected === 'write') return
    // The driver that set the level: the read driver when it hides the cell or stands alone, else the write driver.
    const driver = read === false || (read === true && write === undefined) ? 'canRead' : 'canWrite'
    const code = expected === 'none' ? 'dynamic_cell_access.hidden' : 'dynamic_cell_access.read_only'
    expect(writing.reasons.filter((r) => r.code.startsWith('dynamic_cell_access'))).toEqual([{ code, lineItem: 'li', driver }])
  })
})
