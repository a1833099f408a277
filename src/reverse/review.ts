import { decideCells } from '../batch/cells.js'
import { listOf, oneOf } from '../codecs/primitives.js'
import { struct } from '../codecs/struct.js'
import { sessionC } from '../codecs/subject.js'
import { decide } from '../decide.js'
import type { Session } from '../domain/subject.js'
import { snapshotOf } from '../internal/world-handle.js'
import { checkedPart, Refusal } from '../request-check.js'
import type { Snapshot, World } from '../snapshot/snapshot.js'
import { accountRows } from './review-account.js'
import { driverRows } from './review-drivers.js'
import { modelRows, selectiveAccessRows } from './review-model.js'
import { reviewRow, reviewSections, type AccessReviewRow, type ReviewSection, type RowRequest } from './review-row.js'
import { administrationRows, integrationRows, workspaceRows } from './review-tenant.js'
import { connectionRows, projectRows } from './review-workplace.js'

/**
 * Options of an {@link accessReview}: the sections to include (all by default, always in the order of
 * {@link reviewSections}), and the session every user is taken to ask with. Account roles apply only
 * to a session issued after they were granted (R58): pass the review's time as `session.issuedAt` to
 * see every role in force; without it, additional account roles show as awaiting a fresh login.
 *
 * @example
 * ```ts
 * const options: AccessReviewOptions = { sections: ['model', 'selectiveAccess'], session: { issuedAt: Date.UTC(2026, 11, 31) } }
 * ```
 */
export interface AccessReviewOptions {
  readonly sections?: readonly ReviewSection[]
  readonly session?: Session
}

/**
 * The access review an auditor signs: one row per subject and grant path, across administration
 * roles, workspace administration, model roles, selective-access grants, drivers that lower access,
 * integration run identities and their steps, connection and project roles and account roles; each
 * row with the request that shows the grant, `decide`'s answer and its English. Rows come as an
 * iterable, one at a time, in a stable order (sections in order, then the world's order), so a large
 * world never holds the whole review in memory: write them out with {@link reviewCsv} or
 * {@link reviewJson}. A section the world lacks (no workplace, no account) has no rows. Bad options (an
 * unknown section name or field, a session that is not one, options that are not an object) throw
 * here, naming the option (as `decideWith` does for its options).
 *
 * @example
 * ```ts
 * import { accessReview, reviewCsv } from 'accessgrid'
 * for (const row of accessReview(world, { sections: ['model'] })) console.log(row.subjectName, row.grant, row.effect)
 * for (const chunk of reviewCsv(accessReview(world))) process.stdout.write(chunk)
 * ```
 */
export const accessReview = (world: World, options: AccessReviewOptions = {}): Iterable<AccessReviewRow> => {
  const checked = checkedOptions(options)
  if (checked instanceof Refusal) throw new TypeError(`${checked.path}: ${checked.message}`)
  // The world is looked at now, not when the first row is asked for: a value that is not one throws here.
  return rows(world, snapshotOf(world), new Set(checked.sections ?? reviewSections), checked.session)
}

/** The options checked and copied through a codec: known fields of the right types, an unknown one an error. */
const checkedOptions = checkedPart('options', struct('options', {}, { sections: listOf(oneOf('section', reviewSections)), session: sessionC }))

function* rows(world: World, snapshot: Snapshot, wanted: ReadonlySet<unknown>, session: Session | undefined): Generator<AccessReviewRow> {
  const decider = decide(world)
  const { tenant, workplace, account } = snapshot
  const sources: { readonly [S in ReviewSection]: () => Iterable<RowRequest> } = {
    administration: () => (tenant === undefined ? [] : administrationRows(tenant, session)),
    workspace: () => (tenant === undefined ? [] : workspaceRows(tenant, session)),
    model: () => (tenant === undefined ? [] : modelRows(tenant, session)),
    selectiveAccess: () => (tenant === undefined ? [] : selectiveAccessRows(tenant, session)),
    driver: () => (tenant === undefined ? [] : driverRows(tenant, decideCells(world), session)),
    integration: () => (tenant === undefined ? [] : integrationRows(tenant, decider)),
    connection: () => (workplace === undefined ? [] : connectionRows(workplace, decider, session)),
    project: () => (workplace === undefined ? [] : projectRows(workplace, session)),
    account: () => (account === undefined ? [] : accountRows(account, session)),
  }
  for (const section of reviewSections) {
    if (!wanted.has(section)) continue
    for (const request of sources[section]()) yield reviewRow(request, decider(request.subject, request.action, request.resource))
  }
}
