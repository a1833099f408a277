// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { codecs, commandCodec } from '../../src/index.js'

const wire = {
  actor: { kind: 'user', id: 'uma' },
  action: { type: 'tenant.setAccountStatus', enabled: false },
  resource: { kind: 'user', id: 'bob' },
  at: 1_795_000_000_000,
  tiebreak: 'tx-1',
}

const errors = (input: unknown) => {
  const decoded = commandCodec.decode(input)
  return decoded._tag === 'Left' ? codecs.report(decoded.left) : []
}

describe('the command codec', () => {
  it('decodes a command and encodes it back unchanged', () => {
    const decoded = commandCodec.decode(wire)
    expect(decoded._tag).toBe('Right')
    if (decoded._tag === 'Right') expect(commandCodec.encode(decoded.right)).toEqual(wire)
  })

  it('A17 rejects a command without a tiebreak, naming the field', () => {
    const untied = Object.fromEntries(Object.entries(wire).filter(([key]) => key !== 'tiebreak'))
    expect(errors(untied)).toEqual([{ path: 'tiebreak', message: "missing field 'tiebreak' in command" }])
  })

  it('A17 rejects an empty tiebreak and a timestamp that is not a finite number', () => {
    expect(errors({ ...wire, tiebreak: '', at: Number.NaN }).map((e) => e.path)).toEqual(['at', 'tiebreak'])
  })

  it('rejects acts that change nothing, naming the type', () => {
    expect(errors({ ...wire, action: { type: 'tenant.readAudit' }, resource: { kind: 'tenant' } })).toEqual([
      { path: 'action.type', message: "'tenant.readAudit' is not an administrative act a command can carry" },
    ])
  })

  it('requires rows on imports and refuses them elsewhere', () => {
    const importing = { ...wire, action: { type: 'workspace.importUsers', mode: 'add' }, resource: { kind: 'workspace', id: 'sales' } }
    expect(errors(importing).map((e) => e.path)).toEqual(['rows'])
    expect(errors({ ...importing, rows: [{ user: 'bob', colour: 'red' }] })).toEqual([{ path: 'rows[0].colour', message: "unknown field 'colour' in user import row" }])
    expect(commandCodec.decode({ ...importing, rows: [{ user: 'bob', model: 'fp', role: 'analyst' }] })._tag).toBe('Right')
    expect(errors({ ...wire, rows: [] })).toEqual([{ path: 'rows', message: "'tenant.setAccountStatus' takes no rows" }])
  })

  it('decodes a selective-access import with its rows', () => {
    const decoded = commandCodec.decode({
      ...wire,
      action: { type: 'selectiveAccess.import', mode: 'clearThenLoad' },
      resource: { kind: 'list', model: 'fp', list: 'regions' },
      rows: [{ user: 'mia', item: 'emea', level: 'none' }],
    })
    expect(decoded._tag).toBe('Right')
  })
})
