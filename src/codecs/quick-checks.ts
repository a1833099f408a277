import { isId } from './primitives.js'

/*
 * Hand-written checks of the structs a large world holds by the million, for `struct`'s quick check
 * (see QuickCheck in ./struct.ts). Each accepts only what its struct accepts: an object, not an array,
 * whose enumerable keys (its own and any inherited) are all fields of the struct, whose required fields
 * are its own and valid, and whose optional fields are undefined or valid. An inherited enumerable key
 * or anything unusual makes it answer false, and the generic check decides.
 */

const hasOwn = Object.hasOwn

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** An optional id field: undefined (absent) or an id. */
const optionalId = (u: unknown): boolean => u === undefined || isId(u)

/**
 * A list item: `{ id, parent? }`.
 *
 * @example
 * ```ts
 * quickItem({ id: 'emea' }) // true
 * ```
 */
export const quickItem = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'id' && key !== 'parent') return false
  return hasOwn(u, 'id') && isId(u['id']) && optionalId(u['parent'])
}

/**
 * A selective-access grant: `{ user, list, item, level }`, the level `read` or `write`.
 *
 * @example
 * ```ts
 * quickGrant({ user: 'ana', list: 'regions', item: 'emea', level: 'read' }) // true
 * ```
 */
export const quickGrant = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'user' && key !== 'list' && key !== 'item' && key !== 'level') return false
  const level = u['level']
  return (
    hasOwn(u, 'user') && isId(u['user']) && hasOwn(u, 'list') && isId(u['list']) && hasOwn(u, 'item') && isId(u['item']) && hasOwn(u, 'level') && (level === 'read' || level === 'write')
  )
}

/**
 * A selective-access grant's shape, for `compile` alone: the keys of {@link quickGrant}, each its own,
 * and the level `read` or `write`, without reading the ids. `compile`'s build looks each id up among
 * the compiled records and tells a value that is not an id from an unknown id only when the lookup
 * fails, so that each of a million grants' item strings is read once, not once here and once there.
 *
 * @example
 * ```ts
 * quickGrantShape({ user: 'ana', list: 'regions', item: 5, level: 'read' }) // true: the build finds the item is not an id
 * ```
 */
export const quickGrantShape = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'user' && key !== 'list' && key !== 'item' && key !== 'level') return false
  const level = u['level']
  return hasOwn(u, 'user') && hasOwn(u, 'list') && hasOwn(u, 'item') && hasOwn(u, 'level') && (level === 'read' || level === 'write')
}

/** Driver coordinates: an object whose enumerable keys (its own, and any inherited) name ids. */
const idRecord = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (!isId(u[key])) return false
  return true
}

/**
 * A driver value: `{ value, items?, user? }`.
 *
 * @example
 * ```ts
 * quickDriverValue({ items: { region: 'emea' }, value: true }) // true
 * ```
 */
export const quickDriverValue = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'value' && key !== 'items' && key !== 'user') return false
  const items = u['items']
  return hasOwn(u, 'value') && typeof u['value'] === 'boolean' && (items === undefined || idRecord(items)) && optionalId(u['user'])
}

/** An optional Boolean field: undefined (absent) or a Boolean. */
const optionalBoolean = (u: unknown): boolean => u === undefined || typeof u === 'boolean'

/**
 * A tenant user without roles or restricted integration workspaces (the many): `{ id, kind, email?,
 * enabled? }`; a user with either is left to the generic check.
 *
 * @example
 * ```ts
 * quickUser({ id: 'ana', kind: 'internal' }) // true
 * ```
 */
export const quickUser = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'id' && key !== 'kind' && key !== 'email' && key !== 'enabled') return false
  const kind = u['kind']
  const email = u['email']
  return hasOwn(u, 'id') && isId(u['id']) && hasOwn(u, 'kind') && (kind === 'internal' || kind === 'visiting') && (email === undefined || typeof email === 'string') && optionalBoolean(u['enabled'])
}

/**
 * A workspace member: `{ user, admin?, ssoException? }`.
 *
 * @example
 * ```ts
 * quickMember({ user: 'ana', admin: true }) // true
 * ```
 */
export const quickMember = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'user' && key !== 'admin' && key !== 'ssoException') return false
  return hasOwn(u, 'user') && isId(u['user']) && optionalBoolean(u['admin']) && optionalBoolean(u['ssoException'])
}

/**
 * A model role assignment: `{ user, role }`.
 *
 * @example
 * ```ts
 * quickAssignment({ user: 'ana', role: 'planner' }) // true
 * ```
 */
export const quickAssignment = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (key !== 'user' && key !== 'role') return false
  return hasOwn(u, 'user') && isId(u['user']) && hasOwn(u, 'role') && isId(u['role'])
}
