// compile decodes its settings: an unknown key or a wrong type is a compile error naming it.
import { describe, expect, it } from 'vitest'
import { compile, type Settings } from '../../src/index.js'
import { planningTenant } from '../support/planning-world.js'

const input = { tenant: planningTenant() }
const errorsOf = (settings: unknown): unknown => {
  const result = compile(input, settings as Partial<Settings>)
  return result._tag === 'Left' ? result.left : 'compiled'
}

describe('settings', () => {
  it('a boolean given as a string is an error naming it (it used to keep the default, allowing what false denies)', () =>
    expect(errorsOf({ workspaceAdminsBypassSelectiveAccess: 'false' })).toEqual([
      { code: 'invalid_input', path: 'settings.workspaceAdminsBypassSelectiveAccess', message: 'expected boolean, got "false"' },
    ]))
  it('a misspelled key is an error naming it', () =>
    expect(errorsOf({ workspaceAdminBypassSelectiveAccess: false })).toEqual([
      { code: 'invalid_input', path: 'settings.workspaceAdminBypassSelectiveAccess', message: "unknown field 'workspaceAdminBypassSelectiveAccess' in settings" },
    ]))
  it('a value outside the enumeration is an error naming it', () =>
    expect(errorsOf({ writeDriverAloneFalse: 'nne' })).toEqual([{ code: 'invalid_input', path: 'settings.writeDriverAloneFalse', message: 'expected one of read, none' }]))
  it('settings that are not an object are an error', () =>
    expect(errorsOf('strict')).toEqual([{ code: 'invalid_input', path: 'settings', message: 'expected settings (an object)' }]))
  it('null settings (as from a JSON config) are an error, not the defaults', () =>
    expect(errorsOf(null)).toEqual([{ code: 'invalid_input', path: 'settings', message: 'expected settings (an object)' }]))
  it('with a bad world too, every error comes at once', () => {
    const result = compile({ tenant: 1 }, { platformAdministratorAuthors: 1 } as never)
    expect(result._tag === 'Left' ? result.left.map((e) => e.path) : []).toEqual(['settings.platformAdministratorAuthors', 'tenant'])
  })
  it('valid settings, an undefined field and none at all compile', () => {
    expect(errorsOf({ writeDriverAloneFalse: 'none', platformAdministratorAuthors: undefined })).toBe('compiled')
    expect(errorsOf(undefined)).toBe('compiled')
  })
})
