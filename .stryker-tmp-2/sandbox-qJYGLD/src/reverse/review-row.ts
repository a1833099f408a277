// @ts-nocheck
import type { Action } from '../domain/action.js'
import type { Level } from '../domain/lattice.js'
import type { Resource } from '../domain/resource.js'
import type { Subject } from '../domain/subject.js'
import type { Decision, Effect } from '../decision/decision.js'
import type { Reason } from '../decision/reason.js'
import { explain } from '../explain.js'
import { subjectName } from './subjects.js'

/**
 * The parts of an access review, in the order rows come:
 * - `administration`: administration roles held (R22, F1–F19), and each RIU workspace (R2);
 * - `workspace`: workspace administrators (R32, R33);
 * - `model`: each workspace member, user assigned a role, and the Internal (Full Access) alias, per
 *   model: their model role (R34, F34, A33);
 * - `selectiveAccess`: each explicit selective-access grant (R37, F42–F45), the alias's included (R13);
 * - `driver`: line items whose access drivers lower a subject's cells (F47–F49);
 * - `integration`: each integration's scheduled run and the identity it runs as (R15, A31, A32), and
 *   each of its steps as that identity (what the run will read and write, R13, R16);
 * - `connection`: each workplace user's effective role on each connection (R39–R43);
 * - `project`: each project member's right to manage syncs (R44);
 * - `account`: each account user's base role and additional roles (R52–R63).
 *
 * @example
 * ```ts
 * const sections: readonly ReviewSection[] = ['administration', 'model']
 * ```
 */
export type ReviewSection =
  | 'administration'
  | 'workspace'
  | 'model'
  | 'selectiveAccess'
  | 'driver'
  | 'integration'
  | 'connection'
  | 'project'
  | 'account'

/**
 * Every review section, in row order.
 *
 * @example
 * ```ts
 * reviewSections[0] // 'administration'
 * ```
 */
export const reviewSections: readonly ReviewSection[] = ['administration', 'workspace', 'model', 'selectiveAccess', 'driver', 'integration', 'connection', 'project', 'account']

/**
 * One row of an access review: one subject and one grant path, with the request that shows what the
 * grant gives (`action` on `resource`) and `decide`'s answer to it, unchanged: effect, level, actor,
 * reasons and warnings, and the English of `explain`. Calling `decide(world)(row.subject, row.action,
 * row.resource)` reproduces the row.
 *
 * @example
 * ```ts
 * const row: AccessReviewRow = [...accessReview(world)][0]
 * `${row.subjectName} ${row.grant} on ${row.scope}: ${row.effect} (${row.level})`
 * ```
 */
export interface AccessReviewRow {
  readonly section: ReviewSection
  readonly subject: Subject
  /** As the product names the subject: a user's id, `Internal (Full Access)`, `Scheduler`. */
  readonly subjectName: string
  /** Where the grant holds: `tenant`, a workspace, a model, `model/list/item`, an integration, a connection… */
  readonly scope: string
  /** What the world holds: a role, `workspaceAdmin`, a level, the drivers, the run identity. */
  readonly grant: string
  readonly action: Action
  readonly resource: Resource
  readonly effect: Effect
  readonly level: Level
  /** The name of the identity an integration run acts as, when the request resolves one. */
  readonly actor?: string
  readonly reasons: readonly Reason[]
  readonly warnings: readonly Reason[]
  readonly explanation: string
}

/** What a row is about before it is decided. */
export interface RowRequest {
  readonly section: ReviewSection
  readonly subject: Subject
  readonly scope: string
  readonly grant: string
  readonly action: Action
  readonly resource: Resource
}

/**
 * The row of a request, with `decision` (what `decide` answers to it).
 *
 * @example
 * ```ts
 * reviewRow(request, decider(request.subject, request.action, request.resource))
 * ```
 */
export const reviewRow = (request: RowRequest, decision: Decision): AccessReviewRow => {
  const base = {
    section: request.section,
    subject: request.subject,
    subjectName: subjectName(request.subject),
    scope: request.scope,
    grant: request.grant,
    action: request.action,
    resource: request.resource,
    effect: decision.effect,
    level: decision.level,
    reasons: decision.reasons,
    warnings: decision.warnings,
    explanation: explain(decision),
  }
  return decision.actor === undefined ? base : { ...base, actor: subjectName(decision.actor) }
}
