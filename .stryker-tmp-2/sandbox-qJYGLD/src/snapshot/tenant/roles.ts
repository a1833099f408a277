// @ts-nocheck
import type { ListId, ModelActionId, ModuleId, RoleId, VersionId } from '../../domain/ids.js'
import type { Access } from '../../domain/lattice.js'
import type { Problems } from '../errors.js'
import { checkRef, indexById } from '../index-by-id.js'
import type { RoleInput } from '../input/tenant.js'
import { accessRank } from './access-rank.js'
import type { AccessRank, RoleRecord } from './types.js'

/** The ids of the two built-in roles every model has (F34). */
export const builtInRoles = { fullAccess: 'fullAccess' as RoleId, noAccess: 'noAccess' as RoleId } as const

const builtIn = (id: 'fullAccess' | 'noAccess'): RoleRecord => ({
  id: builtInRoles[id],
  builtIn: id,
  modules: new Map(),
  versions: new Map(),
  lists: new Set(),
  actions: new Set(),
})

interface Known {
  readonly modules: ReadonlySet<string> | ReadonlyMap<string, unknown>
  readonly versions: ReadonlySet<string>
  readonly lists: ReadonlyMap<string, unknown>
  readonly actions: ReadonlyMap<string, unknown>
}

const ranks = <I extends string>(
  permissions: Readonly<Record<string, Access>> | undefined,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  path: string,
  what: string,
  problems: Problems,
): ReadonlyMap<I, AccessRank> =>
  new Map(
    Object.entries(permissions ?? {})
      .filter(([key]) => checkRef(known, key, `${path}.${key}`, what, problems))
      .map(([key, access]) => [key as I, accessRank(access)]),
  )

const ids = <I extends string>(
  values: readonly string[] | undefined,
  known: ReadonlyMap<string, unknown>,
  path: string,
  what: string,
  problems: Problems,
): ReadonlySet<I> =>
  new Set((values ?? []).filter((value, index) => checkRef(known, value, `${path}[${index}]`, what, problems)) as I[])

/**
 * The model's roles: the two built-ins plus the custom roles, whose unlisted permissions stay None or
 * off (I15). A custom role may not reuse a built-in id.
 */
export const buildRoles = (
  inputs: readonly RoleInput[],
  path: string,
  known: Known,
  problems: Problems,
): ReadonlyMap<RoleId, RoleRecord> => {
  const roles = new Map<RoleId, RoleRecord>([
    [builtInRoles.fullAccess, builtIn('fullAccess')],
    [builtInRoles.noAccess, builtIn('noAccess')],
  ])
  const custom = indexById<RoleId, RoleInput, RoleRecord | undefined>(inputs, path, problems, (role, index) => {
    const at = `${path}[${index}]`
    if (roles.has(role.id as RoleId)) {
      problems.report('duplicate_id', `${at}.id`, `'${role.id}' is a built-in role`)
      return undefined
    }
    return {
      id: role.id as RoleId,
      builtIn: undefined,
      modules: ranks<ModuleId>(role.modules, known.modules, `${at}.modules`, 'module', problems),
      versions: ranks<VersionId>(role.versions, known.versions, `${at}.versions`, 'version', problems),
      lists: ids<ListId>(role.lists, known.lists, `${at}.lists`, 'list', problems),
      actions: ids<ModelActionId>(role.actions, known.actions, `${at}.actions`, 'model action', problems),
    }
  })
  for (const [roleId, role] of custom) if (role !== undefined) roles.set(roleId, role)
  return roles
}
