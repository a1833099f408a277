import { isId } from '../internal/plain-fields.js'

/*
 * Hand-written checks of the structs a large world holds by the million, for `struct`'s quick check
 * (see QuickCheck in ./struct.ts). Each accepts only what its struct accepts in place: an object, not an
 * array, whose enumerable keys are all its own fields of the struct, whose required fields are its own
 * and valid, and whose optional fields are absent (read as undefined, even through the prototype) or its
 * own and valid. An inherited key or field (a polluted Object.prototype) or anything unusual makes it
 * answer false, and the generic check decides. The own-property test of a key a for-in loop yields is
 * compiled to a check of the object's hidden class.
 */

const hasOwn = Object.hasOwn

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** An optional id field: absent, or an id the object's for-in loop met as its own key (`own`). */
const optionalId = (u: unknown, own: boolean): boolean => u === undefined || (own && isId(u))

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
  let parent = false
  for (const key in u) {
    if (key === 'parent') parent = true
    else if (key !== 'id') return false
    if (!hasOwn(u, key)) return false
  }
  return hasOwn(u, 'id') && isId(u['id']) && optionalId(u['parent'], parent)
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
  for (const key in u) if ((key !== 'user' && key !== 'list' && key !== 'item' && key !== 'level') || !hasOwn(u, key)) return false
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
  for (const key in u) if ((key !== 'user' && key !== 'list' && key !== 'item' && key !== 'level') || !hasOwn(u, key)) return false
  const level = u['level']
  return hasOwn(u, 'user') && hasOwn(u, 'list') && hasOwn(u, 'item') && hasOwn(u, 'level') && (level === 'read' || level === 'write')
}

/** Driver coordinates: an object whose enumerable keys are its own and name ids. */
const idRecord = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (!hasOwn(u, key) || !isId(u[key])) return false
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
  let items = false
  let user = false
  for (const key in u) {
    if (key === 'items') items = true
    else if (key === 'user') user = true
    else if (key !== 'value') return false
    if (!hasOwn(u, key)) return false
  }
  const coordinates = u['items']
  return hasOwn(u, 'value') && typeof u['value'] === 'boolean' && (coordinates === undefined || (items && idRecord(coordinates))) && optionalId(u['user'], user)
}

/** An optional Boolean field: absent, or a Boolean the object's for-in loop met as its own key (`own`). */
const optionalBoolean = (u: unknown, own: boolean): boolean => u === undefined || (own && typeof u === 'boolean')

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
  let email = false
  let enabled = false
  for (const key in u) {
    if (key === 'email') email = true
    else if (key === 'enabled') enabled = true
    else if (key !== 'id' && key !== 'kind') return false
    if (!hasOwn(u, key)) return false
  }
  const kind = u['kind']
  const address = u['email']
  return (
    hasOwn(u, 'id') && isId(u['id']) && hasOwn(u, 'kind') && (kind === 'internal' || kind === 'visiting') && (address === undefined || (email && typeof address === 'string')) &&
    optionalBoolean(u['enabled'], enabled) && u['roles'] === undefined && u['restrictedIntegrationWorkspaces'] === undefined
  )
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
  let admin = false
  let ssoException = false
  for (const key in u) {
    if (key === 'admin') admin = true
    else if (key === 'ssoException') ssoException = true
    else if (key !== 'user') return false
    if (!hasOwn(u, key)) return false
  }
  return hasOwn(u, 'user') && isId(u['user']) && optionalBoolean(u['admin'], admin) && optionalBoolean(u['ssoException'], ssoException)
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
  for (const key in u) if ((key !== 'user' && key !== 'role') || !hasOwn(u, key)) return false
  return hasOwn(u, 'user') && isId(u['user']) && hasOwn(u, 'role') && isId(u['role'])
}
