// @ts-nocheck
import type { ListId } from '../domain/ids.js'
import type { Actor } from '../domain/subject.js'
import { readableItemCount } from '../rules/shared/selective-access.js'
import type { Snapshot } from '../snapshot/snapshot.js'
import type { Endpoint, IntegrationRecord, ModelActionRecord, ModelRecord, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { ActorCannotReadList, Fix, Ungraded } from './findings.js'

/** The selective-access lists of a step's source: the module's dimensions, or the list itself. */
const sourceLists = (model: ModelRecord, source: Endpoint): readonly ListId[] => {
  switch (source.kind) {
    case 'file':
      return []
    case 'module':
      return model.modules.get(source.module)?.selectiveAccessLists ?? []
    case 'list':
      return model.lists.get(source.list)?.selectiveAccess === true ? [source.list] : []
  }
}

const sourceOf = (action: ModelActionRecord): Endpoint | undefined => (action.kind === 'export' || action.kind === 'import' ? action.source : undefined)

const fixesFor = (actor: Actor): readonly Fix[] => (actor.kind === 'internalAlias' ? ['grant_alias_read', 'run_as_user'] : ['grant_actor_read', 'run_as_user'])

/**
 * Every step of an integration whose source is dimensioned by a selective-access list its actor
 * cannot fully read (R13, R16, F27, I30). Visibility is counted with the shared selective-access
 * helper, so the lint and the run's warnings agree.
 *
 * @example
 * ```ts
 * unreadableSources(snapshot, tenant, integration, subject.internalAlias)
 * ```
 */
export const unreadableSources = (world: Snapshot, tenant: TenantSnapshot, integration: IntegrationRecord, actor: Actor): readonly Ungraded<ActorCannotReadList>[] =>
  integration.steps.flatMap((step, index) => {
    const action = tenant.models.get(step.model)?.actions.get(step.action)
    const source = action === undefined ? undefined : sourceOf(action)
    const model = source === undefined || source.kind === 'file' ? undefined : tenant.models.get(source.model)
    if (action === undefined || source === undefined || model === undefined) return []
    return sourceLists(model, source).flatMap((listId): readonly Ungraded<ActorCannotReadList>[] => {
      const list = model.lists.get(listId)
      if (list === undefined || list.items.size === 0) return []
      const readable = readableItemCount(world, tenant, model, actor, list)
      if (readable >= list.items.size) return []
      return [
        {
          code: 'integration.actor_cannot_read_list',
          integration: integration.id,
          step: index + 1,
          model: model.id,
          action: action.id,
          list: list.id,
          actor: actor.kind === 'internalAlias' ? 'internalAlias' : actor.id,
          visibility: readable === 0 ? 'none' : 'partial',
          fixes: fixesFor(actor),
        },
      ]
    })
  })
