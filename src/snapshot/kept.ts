import { omit } from '../internal/omit.js'
import type { ModelInput } from './input/tenant.js'
import type { WorldInput } from './input/world.js'

/** A model as kept: no roles held or grants, and each list's items left empty (they are in the list records). */
const keptModel = (model: ModelInput): ModelInput => {
  const structure = omit(model, ['assignments', 'selectiveAccess'])
  return model.lists === undefined ? structure : { ...structure, lists: model.lists.map((list) => (list.items === undefined ? list : { ...list, items: [] })) }
}

/**
 * What a snapshot keeps of its input, as a shallow view of it: all but the parts a large world holds by
 * the million and `encode` reads from the compiled records instead, namely the tenant's users and
 * workspaces (empty here), each model's assignments and selective-access grants (left out) and each
 * list's items (an empty array where the input has one). Compile keeps a frozen copy of this view.
 *
 * @example
 * ```ts
 * keptInput({ tenant: { users: [ana], workspaces: [], models: [] } }) // { tenant: { users: [], workspaces: [], models: [] } }
 * ```
 */
export const keptInput = (input: WorldInput): WorldInput =>
  input.tenant === undefined ? input : { ...input, tenant: { ...input.tenant, users: [], workspaces: [], models: input.tenant.models.map(keptModel) } }
