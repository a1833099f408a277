import * as t from 'io-ts'
import { decideCells } from '../batch/cells.js'
import { brandedIdC } from '../codecs/primitives.js'
import { struct } from '../codecs/struct.js'
import { tagged } from '../codecs/tagged.js'
import { decide } from '../decide.js'
import type { ModelId, WorkspaceId } from '../domain/ids.js'
import type { Subject } from '../domain/subject.js'
import { reason, type Reason } from '../decision/reason.js'
import { snapshotOf } from '../internal/world-handle.js'
import { checkedPart, checkedSubject, Refusal } from '../request-check.js'
import type { Snapshot, World } from '../snapshot/snapshot.js'
import { reverseIndexes } from './indexes.js'
import { subjectName } from './subjects.js'
import { accountAbilities, type AccountAbilities } from './what-can-account.js'
import { modelAbilities, type ModelAbilities } from './what-can-model.js'
import { tenantAbilities, type TenantAbilities } from './what-can-tenant.js'
import { workplaceAbilities, type WorkplaceAbilities } from './what-can-workplace.js'

/**
 * Where a {@link whatCan} question looks: one model, the planning tenant's administration, the
 * workplace, or the account (within one of its workspaces, or as a whole).
 *
 * @example
 * ```ts
 * const scope: WhatCanScope = { kind: 'model', model: id.model('finance-plan') }
 * ```
 */
export type WhatCanScope =
  | { readonly kind: 'model'; readonly model: ModelId }
  | { readonly kind: 'tenant' }
  | { readonly kind: 'workplace' }
  | { readonly kind: 'account'; readonly workspace?: WorkspaceId }

/**
 * The answer when a question cannot be asked: an unknown subject or model, a section the world lacks,
 * a subject the scope has no place for (the scheduler asks for nothing itself), or a malformed scope.
 * `problem` is a reason `explainReason` words.
 *
 * @example
 * ```ts
 * const none: NoAbilities = { kind: 'none', problem: reason('request.unknown_id', { kind: 'user', id: 'ghost' }) }
 * ```
 */
export interface NoAbilities {
  readonly kind: 'none'
  readonly problem: Reason
}

/**
 * What {@link whatCan} answers, by the scope's kind.
 *
 * @example
 * ```ts
 * const answer: WhatCanAnswer = whatCan(world)(subject.internalAlias, { kind: 'model', model: id.model('finance-plan') })
 * ```
 */
export type WhatCanAnswer = ModelAbilities | TenantAbilities | WorkplaceAbilities | AccountAbilities | NoAbilities

/**
 * `whatCan` bound to a world.
 *
 * @example
 * ```ts
 * const ask: WhatCan = whatCan(world)
 * ```
 */
export type WhatCan = (subject: Subject, scope: WhatCanScope) => WhatCanAnswer

/** The scope as `whatCan` reads it: one of the four kinds, with exactly its fields. */
const checkedScope = checkedPart<WhatCanScope>(
  'scope',
  tagged<WhatCanScope>('scope', 'kind', {
    model: struct('model scope', { kind: t.literal('model'), model: brandedIdC<ModelId>() }),
    tenant: struct('tenant scope', { kind: t.literal('tenant') }),
    workplace: struct('workplace scope', { kind: t.literal('workplace') }),
    account: struct('account scope', { kind: t.literal('account') }, { workspace: brandedIdC<WorkspaceId>() }),
  }),
)

const none = (problem: Reason): NoAbilities => ({ kind: 'none', problem })
const unknown = (kind: string, id: string): NoAbilities => none(reason('request.unknown_id', { kind, id }))
const unsupported = (who: Subject, scope: string): NoAbilities => none(reason('request.subject_not_supported', { subject: who.kind, action: `whatCan.${scope}` }))

/** Whether the section lists the user (the alias belongs to the planning tenant only). */
const subjectProblem = (world: Snapshot, who: Subject, section: 'tenant' | 'workplace' | 'account'): NoAbilities | undefined => {
  if (who.kind === 'scheduler' || (who.kind === 'internalAlias' && section !== 'tenant')) return unsupported(who, section)
  if (who.kind === 'internalAlias') return undefined
  const users = section === 'tenant' ? world.tenant?.users : section === 'workplace' ? world.workplace?.users : world.account?.users
  return users?.has(who.id) === true ? undefined : unknown('user', who.id)
}

/**
 * What one subject can do within a scope, as compact data rather than a list of every cell:
 * - a model: per module × line item × version, the level the role allows, the items of each dimension
 *   reachable at read and at write (ancestors folded) and the cells access drivers lower (through
 *   `decideCells`); the model actions they may run, the lists whose structure they may edit, and the
 *   model-administration acts;
 * - the tenant: the administrative acts, and per act on users, workspaces, integrations and
 *   connections, the targets it is allowed on;
 * - the workplace: every connection with their effective role and where it comes from, the projects
 *   they may sync into, the projects whose syncs they manage;
 * - the account: every operation and authoring act, and whether a fresh login is still needed.
 * Every answer is `decide`'s (or `decideCells`', which agrees with it cell by cell). The Internal
 * (Full Access) alias is a subject of models and the tenant. Bad input answers `{ kind: 'none',
 * problem }`, never a throw.
 *
 * @example
 * ```ts
 * import { whatCan, subject, id } from 'accessgrid'
 * const answer = whatCan(world)(subject.internalAlias, { kind: 'model', model: id.model('finance-plan') })
 * if (answer.kind === 'model') for (const slice of answer.slices) console.log(slice.module, slice.lineItem, slice.version, slice.read.allowed)
 * ```
 */
export const whatCan = (world: World): WhatCan => {
  const snapshot = snapshotOf(world)
  const decider = decide(world)
  const cells = decideCells(world)
  const indexes = reverseIndexes(snapshot)
  return (givenSubject, givenScope) => {
    const who = checkedSubject(givenSubject)
    if (who instanceof Refusal) return none(reason('request.invalid', { path: who.path, message: who.message }))
    const scope = checkedScope(givenScope)
    if (scope instanceof Refusal) return none(reason('request.invalid', { path: scope.path, message: scope.message }))
    const name = subjectName(who)
    switch (scope.kind) {
      case 'model': {
        const tenant = snapshot.tenant
        if (tenant === undefined) return unknown('tenant', 'tenant')
        const model = tenant.models.get(scope.model)
        if (model === undefined) return unknown('model', scope.model)
        return subjectProblem(snapshot, who, 'tenant') ?? modelAbilities(model, decider, cells, who, name)
      }
      case 'tenant': {
        const tenant = snapshot.tenant
        if (tenant === undefined) return unknown('tenant', 'tenant')
        const mayAdminister = who.kind !== 'user' || indexes.privileged().has(who.id)
        return subjectProblem(snapshot, who, 'tenant') ?? tenantAbilities(tenant, decider, who, name, mayAdminister)
      }
      case 'workplace': {
        const workplace = snapshot.workplace
        if (workplace === undefined) return unknown('workplace', 'workplace')
        return subjectProblem(snapshot, who, 'workplace') ?? workplaceAbilities(workplace, decider, who, name)
      }
      case 'account': {
        const account = snapshot.account
        if (account === undefined) return unknown('account', 'account')
        if (scope.workspace !== undefined && !account.workspaces.has(scope.workspace)) return unknown('workspace', scope.workspace)
        return subjectProblem(snapshot, who, 'account') ?? accountAbilities(decider, who, name, scope.workspace)
      }
    }
  }
}
