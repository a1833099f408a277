import type { CommandReasons } from '../decision/reasons/commands.js'
import { timeText as time } from './time.js'
import type { Wording } from './wording.js'


/**
 * English for the reasons of commands.
 *
 * @example
 * ```ts
 * commandsWording['commands.no_row_applied']({ code: 'commands.no_row_applied', rows: 3 }) // 'None of the 3 rows applied, so the import is rejected.'
 * ```
 */
export const commandsWording: Wording<keyof CommandReasons> = {
  'commands.duplicate': (r) => `The command of ${time(r.at)} with tiebreak '${r.tiebreak}' arrived more than once; it was applied once.`,
  'commands.conflicting_key': (r) =>
    `Several different commands share the time ${time(r.at)} and tiebreak '${r.tiebreak}', so nothing orders them: each is rejected (A17).`,
  'commands.integrity': (r) => `The change would leave an invalid world at ${r.path}: ${r.message}.`,
  'commands.row_not_member': (r) => `User '${r.user}' is not a member of workspace '${r.workspace}', so an attribute update cannot apply.`,
  'commands.no_row_applied': (r) => `None of the ${r.rows} rows applied, so the import is rejected.`,
}
