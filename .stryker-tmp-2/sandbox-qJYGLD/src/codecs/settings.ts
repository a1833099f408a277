// @ts-nocheck
import * as t from 'io-ts'
import type { Settings } from '../snapshot/settings.js'
import { oneOf } from './primitives.js'
import { struct } from './struct.js'

/**
 * The settings `compile` accepts: a partial {@link Settings}, every field optional, an unknown field or
 * a wrong type an error naming it (a misspelled setting is never silently left at its default).
 *
 * @example
 * ```ts
 * settingsC.decode({ workspaceAdminsBypassSelectiveAccess: 'false' })._tag // 'Left': expected a boolean
 * settingsC.decode({ writeDriverAlone: 'none' })._tag // 'Left': unknown field
 * ```
 */
export const settingsC: t.Type<Partial<Settings>, Partial<Settings>> = struct(
  'settings',
  {},
  {
    workspaceAdminsBypassSelectiveAccess: t.boolean,
    writeDriverAloneFalse: oneOf('writeDriverAloneFalse', ['read', 'none']),
    administratorManagesWorkspaces: t.boolean,
    platformAdministratorAuthors: t.boolean,
  },
)
