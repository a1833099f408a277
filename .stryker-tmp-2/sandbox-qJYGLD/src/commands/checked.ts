// @ts-nocheck
import { commandC } from '../codecs/command.js'
import { report } from '../codecs/report.js'
import { reason, type Reason } from '../decision/reason.js'
import { thrownMessage } from '../internal/thrown.js'
import type { Command } from './command.js'

/**
 * A command as `commandCodec` decodes it (a fresh copy, with exactly the codec's fields, each read once),
 * or the reasons it cannot be applied: `request.invalid` naming the first bad field. It never throws:
 * a value whose getters or proxy traps throw is refused too. `apply`, `replay` and `receive` check
 * every command with it, so a command that skipped the codec is refused, never half applied.
 *
 * @example
 * ```ts
 * const checked = checkedCommand({ actor: { kind: 'user', id: 'tina' }, action: { type: 'tenant.setSwitch' } })
 * Array.isArray(checked) // true: [{ code: 'request.invalid', path: 'action.switch', … }]
 * ```
 */
export const checkedCommand = (u: unknown): Command | readonly Reason[] => {
  try {
    const decoded = commandC.decode(u)
    if (decoded._tag === 'Right') return decoded.right
    const first = report(decoded.left)[0]
    return [reason('request.invalid', { path: first?.path ?? '(command)', message: first?.message ?? 'not a command' })]
  } catch (error) {
    return [reason('request.invalid', { path: '(command)', message: `it could not be read: ${thrownMessage(error)}` })]
  }
}

/**
 * Whether {@link checkedCommand} refused the command.
 *
 * @example
 * ```ts
 * const checked = checkedCommand(body)
 * if (isRefused(checked)) console.log(checked.map(explainReason))
 * ```
 */
export const isRefused = (checked: Command | readonly Reason[]): checked is readonly Reason[] => Array.isArray(checked)
