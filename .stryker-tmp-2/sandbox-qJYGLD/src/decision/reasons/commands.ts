/**
 * Reasons of commands: what happened to a command beyond the decision on its act.
 *
 * @example
 * ```ts
 * const params: CommandReasons['commands.conflicting_key'] = { at: Date.UTC(2026, 10, 23, 9, 5), tiebreak: 'tx-5' }
 * ```
 */
// @ts-nocheck

export interface CommandReasons {
  /** The same command (same key, same content) arrived more than once; it is applied once. */
  'commands.duplicate': { readonly at: number; readonly tiebreak: string }
  /** Different commands share one (timestamp, tiebreak) key, so their order is undefined: all are rejected (A17). */
  'commands.conflicting_key': { readonly at: number; readonly tiebreak: string }
  /** The act was allowed but the change would leave a world that `compile` rejects, at this path. */
  'commands.integrity': { readonly path: string; readonly message: string }
  /** An attribute-update import row names a user who is not a member of the workspace (R26, R31). */
  'commands.row_not_member': { readonly user: string; readonly workspace: string }
  /** No row of an import applied, so the import as a whole is rejected (A42). */
  'commands.no_row_applied': { readonly rows: number }
}
