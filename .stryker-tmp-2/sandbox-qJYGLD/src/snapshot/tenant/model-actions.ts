// @ts-nocheck
import type { ListId, ModelActionId, ModelId, ModuleId, UserId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, indexById } from '../index-by-id.js'
import type { EndpointInput, ModelActionInput } from '../input/tenant.js'
import type { Endpoint, ModelActionRecord } from './types.js'

/**
 * The model's actions. The creator must be a user of the tenant, a process's steps actions of the same
 * model. Endpoints are resolved against their model later, once every model is known
 * ({@link checkEndpoints}).
 */
export const buildModelActions = (
  inputs: readonly ModelActionInput[],
  path: string,
  model: ModelId,
  users: ReadonlyMap<string, unknown>,
  problems: Problems,
): ReadonlyMap<ModelActionId, ModelActionRecord> => {
  const ids = new Set(inputs.map((action) => action.id))
  return indexById<ModelActionId, ModelActionInput, ModelActionRecord>(inputs, path, problems, (action, index) => {
    const at = `${path}[${index}]`
    const createdBy =
      action.createdBy !== undefined && checkRef(users, action.createdBy, `${at}.createdBy`, 'user', problems)
        ? (action.createdBy as UserId)
        : undefined
    if (action.visibility === 'private' && createdBy === undefined)
      problems.report('invalid_value', `${at}.createdBy`, 'a private action needs its creator')
    return {
      id: action.id as ModelActionId,
      kind: action.kind,
      visibility: action.visibility ?? 'everyone',
      createdBy,
      source: endpoint(action.source, model),
      target: endpoint(action.target, model),
      steps: (action.steps ?? []).filter((step, i) =>
        checkRef(ids, step, `${at}.steps[${i}]`, 'model action', problems),
      ) as ModelActionId[],
    }
  })
}

const endpoint = (input: EndpointInput | undefined, own: ModelId): Endpoint | undefined => {
  if (input === undefined) return undefined
  if ('file' in input) return { kind: 'file' }
  const model = (input.model ?? own) as ModelId
  return 'module' in input
    ? { kind: 'module', model, module: input.module as ModuleId }
    : { kind: 'list', model, list: input.list as ListId }
}

/** Checks that every module or list endpoint names a module or list of its model. */
export const checkEndpoints = (
  actions: readonly ModelActionInput[],
  path: string,
  resolve: (endpoint: Endpoint) => string | undefined,
  own: ModelId,
  problems: Problems,
): void =>
  actions.forEach((action, index) => {
    for (const side of ['source', 'target'] as const) {
      const at = endpoint(action[side], own)
      const missing = at === undefined ? undefined : resolve(at)
      if (missing !== undefined) problems.report('dangling_reference', `${path}[${index}].${side}`, missing)
    }
  })
