// @ts-nocheck
import { isSelectiveAccessImport, isUserImport, type Command, type SelectiveAccessImportCommand } from '../commands/command.js'
import type { ItemId, ListId, ModelId, UserId, WorkspaceId } from '../domain/ids.js'
import type { Resource } from '../domain/resource.js'
import { snapshotOf } from '../internal/world-handle.js'
import type { World } from '../snapshot/snapshot.js'
import { everything, noScope, reaching, unionScope, type Reach, type Scope } from './scope.js'

/**
 * The scoping rules: what each command type can reach, read from the worlds before and after it.
 * A command type with no rule here is compared in full (`everything`), so a new command type is exact
 * from the start and only its speed waits for a rule.
 */

const ceiling: Reach = { modules: 'all', cells: { tag: 'none' } }
const anyCell: Reach = { modules: 'all', cells: { tag: 'all' } }

const modelsOf = (worlds: readonly World[]): readonly ModelId[] => [
  ...new Set(worlds.flatMap((world) => [...(snapshotOf(world).tenant?.models.keys() ?? [])])),
]

const workspaceModels = (worlds: readonly World[], workspace: WorkspaceId): readonly ModelId[] => [
  ...new Set(worlds.flatMap((world) => snapshotOf(world).tenant?.workspaces.get(workspace)?.models ?? [])),
]

const targetOf = (resource: Resource): readonly UserId[] => (resource.kind === 'user' ? [resource.id] : [])

/** A user's administration, memberships and every model, to the given reach, and every integration. */
const person = (users: readonly UserId[], models: readonly ModelId[], reach: Reach): Scope => ({
  ...reaching(models, users, reach),
  people: new Set(users),
  integrations: 'all',
})

/** The grants a user held on a list, as items (a `none` row or clear-then-load removes them all). */
const heldItems = (world: World, model: ModelId, list: ListId, user: UserId): readonly ItemId[] => [
  ...(snapshotOf(world).tenant?.models.get(model)?.selectiveAccess.get(user)?.get(list)?.keys() ?? []),
]

/** F46: the rows' users, through the rows' items and, when their grants go, the items they held. */
const selectiveAccessScope = (before: World, command: SelectiveAccessImportCommand): Scope => {
  const target = command.resource
  if (target.kind !== 'list') return noScope
  const model = target.model
  const clears = command.action.mode === 'clearThenLoad'
  const users = new Set(command.rows.map((row) => row.user))
  if (clears) for (const user of snapshotOf(before).tenant?.models.get(model)?.selectiveAccess.keys() ?? []) users.add(user)
  const scopes = [...users].map((user) => {
    const rows = command.rows.filter((row) => row.user === user)
    const removes = clears || rows.some((row) => row.level === 'none')
    const items = new Set([...rows.map((row) => row.item), ...(removes ? heldItems(before, model, target.list, user) : [])])
    return reaching([model], [user], { modules: 'all', cells: { tag: 'items', list: target.list, items } })
  })
  return { ...scopes.reduce(unionScope, noScope), integrations: 'all' }
}

/**
 * What a command can reach, given the worlds before and after it.
 *
 * @example
 * ```ts
 * const scope = scopeOfCommand(command, before, after)
 * scope.everything // true for a command type with no scoping rule
 * ```
 */
export const scopeOfCommand = (command: Command, before: World, after: World): Scope => {
  const worlds = [before, after]
  const action = command.action
  switch (action.type) {
    case 'tenant.assignRole':
    case 'tenant.unassignRole':
    case 'tenant.setAccountStatus':
      return person(targetOf(command.resource), modelsOf(worlds), ceiling)
    case 'tenant.createInternalUser':
      return person([action.user], action.workspaces.flatMap((ws) => workspaceModels(worlds, ws)), ceiling)
    case 'tenant.setSsoException':
      return person(targetOf(command.resource), workspaceModels(worlds, action.workspace), ceiling)
    case 'workspace.addUser':
    case 'workspace.removeUser':
    case 'workspace.setAdmin':
      return person(targetOf(command.resource), workspaceModels(worlds, action.workspace), anyCell)
    case 'workspace.setModelRole':
      return { ...reaching([action.model], targetOf(command.resource), ceiling), integrations: 'all' }
    case 'workspace.importUsers': {
      const workspace = command.resource.kind === 'workspace' ? command.resource.id : undefined
      const users = isUserImport(command) ? [...new Set(command.rows.map((row) => row.user))] : []
      return workspace === undefined ? noScope : person(users, workspaceModels(worlds, workspace), anyCell)
    }
    case 'selectiveAccess.import':
      return isSelectiveAccessImport(command) ? selectiveAccessScope(before, command) : noScope
    case 'connection.addMember':
    case 'connection.setMemberRole':
    case 'connection.removeMember':
      return command.resource.kind === 'workplaceConnection' ? { ...noScope, connections: new Set([command.resource.id]) } : noScope
    case 'cloudworks.setRunAs':
    case 'cloudworks.run':
      return command.resource.kind === 'integration' ? { ...noScope, integrations: new Set([command.resource.id]) } : noScope
    case 'tenant.setSwitch':
      return everything
    // Creations, role and structure acts have no scoping rule yet: compared in full, exactly.
    case 'cloudworks.create':
    case 'workplace.createConnection':
    case 'workplace.setUserRole':
    case 'workplace.setGroupMember':
    case 'project.setMemberRole':
    case 'account.grantRole':
    case 'account.revokeRole':
    case 'model.createRole':
    case 'model.setRolePermissions':
    case 'model.deleteRole':
    case 'selectiveAccess.setAliasAccess':
    case 'list.editStructure':
      return everything
    default:
      // A command type with no rule yet: the exact brute force.
      return everything
  }
}
