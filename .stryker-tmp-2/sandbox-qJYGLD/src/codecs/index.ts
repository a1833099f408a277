// @ts-nocheck
import { actionC } from './action.js'
import { decisionC, reasonC } from './decision.js'
import { report } from './report.js'
import { requestC } from './request.js'
import { resourceC } from './resource.js'
import { subjectC } from './subject.js'
import { worldC } from './world.js'

/**
 * The io-ts codecs of the wire format (see `docs/wire-format.md`), and `report`, which turns io-ts errors
 * into `{ path, message }` per bad field.
 *
 * @example
 * ```ts
 * import { codecs } from 'accessgrid'
 * const request = codecs.request.decode(body)
 * if (request._tag === 'Left') return codecs.report(request.left)
 * ```
 */
export const codecs = {
  world: worldC,
  subject: subjectC,
  action: actionC,
  resource: resourceC,
  request: requestC,
  reason: reasonC,
  decision: decisionC,
  report,
} as const
