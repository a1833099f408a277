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
export interface Settings {
  /** A2: workspace administrators are not limited by selective access on any channel. Default true. */
  readonly workspaceAdminsBypassSelectiveAccess: boolean
  /** A1: the cell result when only a write driver is set and it is FALSE. Default `read`. */
  readonly writeDriverAloneFalse: 'read' | 'none'
}

/** The defaults, one per resolution. */
export const defaultSettings: Settings = {
  workspaceAdminsBypassSelectiveAccess: true,
  writeDriverAloneFalse: 'read',
}
