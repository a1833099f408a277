// settle, read directly: the meet of caps whatever their order, which verdicts speak past the first 30
// (kept as bits up to there), warnings apart from grants, and a deny without the warnings about a run.
import { describe, expect, it } from 'vitest'
import { settle, type Requirement } from '../../src/decision/settle.js'
import { reason, verdict, type Verdicts } from '../../src/index.js'

const read: Requirement = { action: 'cell.read', lattice: 'access', requires: 1 }
const full = (model: string): Verdicts => verdict.grant(2, reason('model_roles.full_access', { model }))
const hidden = (lineItem: string): Verdicts => verdict.cap(0, reason('dynamic_cell_access.hidden', { lineItem, driver: 'd' }))
const readOnly = (lineItem: string): Verdicts => verdict.cap(1, reason('dynamic_cell_access.read_only', { lineItem, driver: 'd' }))

describe('settle', () => {
  it('caps meet whatever their order: the lowest bounds the level and is the reason', () => {
    for (const verdicts of [verdict.concat(full('m'), hidden('a'), readOnly('b')), verdict.concat(full('m'), readOnly('b'), hidden('a'))]) {
      const decision = settle(read, verdicts)
      expect(decision).toMatchObject({ effect: 'deny', level: 'none' })
      expect(decision.reasons).toEqual([{ code: 'dynamic_cell_access.hidden', lineItem: 'a', driver: 'd' }])
    }
  })

  it('a cap after the 30th verdict still speaks, and the grants before it do not', () => {
    const grants = verdict.concat(...Array.from({ length: 34 }, (_, i) => full(`m${i}`)))
    const decision = settle(read, verdict.concat(grants, hidden('late')))
    expect(decision).toMatchObject({ effect: 'deny', level: 'none' })
    expect(decision.reasons).toEqual([{ code: 'dynamic_cell_access.hidden', lineItem: 'late', driver: 'd' }])
  })

  it('on an allow past the 30th verdict, every grant at the top speaks', () => {
    const grants = verdict.concat(...Array.from({ length: 34 }, (_, i) => full(`m${String(i).padStart(2, '0')}`)))
    const decision = settle(read, grants)
    expect(decision.effect).toBe('allow')
    expect(decision.reasons.map((r) => ('model' in r ? r.model : ''))).toEqual(Array.from({ length: 34 }, (_, i) => `m${String(i).padStart(2, '0')}`))
  })

  it('warnings are the warn verdicts only, whatever comes before them', () => {
    const warning = reason('tenant_roles.holds_ia_and_riu', { user: 'u' })
    const decision = settle(read, verdict.concat(full('m'), verdict.warn(warning)))
    expect(decision.warnings).toEqual([warning])
    expect(decision.reasons).toEqual([{ code: 'model_roles.full_access', model: 'm' }])
  })

  it('a deny keeps a plain warning and drops one about what the run would do, in either order', () => {
    const plain = reason('tenant_roles.holds_ia_and_riu', { user: 'u' })
    const aboutTheRun = reason('selective_access.export_empty', { action: 'e', model: 'm', list: 'l' })
    for (const verdicts of [verdict.concat(verdict.warnIfAllowed(aboutTheRun), verdict.warn(plain)), verdict.concat(verdict.warn(plain), verdict.warnIfAllowed(aboutTheRun))]) {
      expect(settle(read, verdicts).warnings).toEqual([plain])
      expect(settle(read, verdict.concat(full('m'), verdicts)).warnings).toEqual([aboutTheRun, plain])
    }
  })

  it('a grant above the top of the lattice reads as the top', () => {
    const decision = settle(read, verdict.grant(9, reason('model_roles.full_access', { model: 'm' })))
    expect(decision).toMatchObject({ effect: 'allow', level: 'write' })
  })
})
