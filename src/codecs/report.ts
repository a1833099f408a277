import type * as t from 'io-ts'

/** The path of a validation error: `tenant.models[0].lists[2].parent`; an empty key is `['']`. */
const pathOf = (context: t.Context): string =>
  context
    .slice(1)
    .map((entry) => (/^\d+$/.test(entry.key) ? `[${entry.key}]` : entry.key === '' ? "['']" : `.${entry.key}`))
    .join('')
    .replace(/^\./, '')

/** A readable message for one validation error. */
const messageOf = (error: t.ValidationError): string =>
  error.message ?? `expected ${error.context[error.context.length - 1]?.type.name ?? 'a value'}, got ${describe(error.value)}`

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 37)}...` : text)

/**
 * A short description of a value met where another was expected, for an error message. It never
 * throws: JSON for what JSON can write, a fixed phrase for what it cannot (a number JSON has no text
 * for, a bigint, a symbol, a function, a cyclic object, a value whose accessors or `toJSON` throw).
 *
 * @example
 * ```ts
 * describe('x') // '"x"'
 * describe(Number.NaN) // 'NaN'
 * describe(1n) // 'a bigint'
 * ```
 */
export const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return shorten(JSON.stringify(value))
    return `a ${typeof value}`
  }
  try {
    const text: unknown = JSON.stringify(value)
    if (typeof text === 'string') return shorten(text)
  } catch {
    // A cyclic object, or one whose accessors or toJSON throw: described below.
  }
  return 'a value that cannot be written as JSON'
}

/**
 * Every validation error as `{ path, message }`, one per bad field.
 *
 * @example
 * ```ts
 * const decoded = worldC.decode({ tenant: { users: 1 } })
 * if (decoded._tag === 'Left') report(decoded.left) // [{ path: 'tenant.users', message: 'expected ...' }, ...]
 * ```
 */
export const report = (errors: t.Errors): readonly { readonly path: string; readonly message: string }[] =>
  errors.map((error) => ({ path: pathOf(error.context) || '(root)', message: messageOf(error) }))
