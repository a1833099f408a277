import { actionC } from './action.js'
import { commandC } from './command.js'
import { decisionC, reasonC } from './decision.js'
import { report } from './report.js'
import { requestC } from './request.js'
import { resourceC } from './resource.js'
import { subjectC } from './subject.js'
import { totalCodec } from './total.js'
import { worldC } from './world.js'

/**
 * The io-ts codecs of the wire format (see `docs/wire-format.md`), and `report`, which turns io-ts errors
 * into `{ path, message }` per bad field. Each is total: a value whose reading throws (a revoked proxy, a
 * getter that throws) is one error at the root, `it could not be read: …`, never an exception.
 *
 * @example
 * ```ts
 * import { codecs } from 'accessgrid'
 * const request = codecs.request.decode(body)
 * if (request._tag === 'Left') return codecs.report(request.left)
 * ```
 */
export const codecs = {
  world: totalCodec(worldC),
  subject: totalCodec(subjectC),
  action: totalCodec(actionC),
  resource: totalCodec(resourceC),
  request: totalCodec(requestC),
  reason: totalCodec(reasonC),
  decision: totalCodec(decisionC),
  report,
} as const

/**
 * The codec of one command of a log (`docs/changing-the-world.md`): what `apply` and `replay` check
 * every command with. Total, as {@link codecs}: a command whose reading throws is one error.
 *
 * @example
 * ```ts
 * import { commandCodec } from 'accessgrid'
 * const command = commandCodec.decode(JSON.parse(line))
 * ```
 */
export const commandCodec = totalCodec(commandC)
