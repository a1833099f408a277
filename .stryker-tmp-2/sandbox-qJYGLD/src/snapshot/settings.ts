/**
 * The configurable readings of the specification, each named after the resolution that sets its
 * default. Pass a partial object to `compile`; anything left out takes the default.
 *
 * @example
 * ```ts
 * import { compile } from 'accessgrid'
 * compile(input, { workspaceAdminsBypassSelectiveAccess: false })
 * ```
 */
// @ts-nocheck

export interface Settings {
  /** A2: workspace administrators are not limited by selective access on any channel. Default true. */
  readonly workspaceAdminsBypassSelectiveAccess: boolean
  /** A1: the cell result when only a write driver is set and it is FALSE. Default `read`. */
  readonly writeDriverAloneFalse: 'read' | 'none'
  /** A13: an account Administrator manages (creates, updates, deletes) workspaces, as seed 004 says. Default true. */
  readonly administratorManagesWorkspaces: boolean
  /** A15: a Platform Administrator also holds every author role. Default false (authoring stays with author roles, I39). */
  readonly platformAdministratorAuthors: boolean
}

/**
 * The defaults, one per resolution.
 *
 * @example
 * ```ts
 * import { compile, defaultSettings } from 'accessgrid'
 * defaultSettings.writeDriverAloneFalse // 'read'
 * const world = compile(input, { ...defaultSettings, platformAdministratorAuthors: true })
 * ```
 */
export const defaultSettings: Settings = {
  workspaceAdminsBypassSelectiveAccess: true,
  writeDriverAloneFalse: 'read',
  administratorManagesWorkspaces: true,
  platformAdministratorAuthors: false,
}
