// @ts-nocheck
import type * as t from 'io-ts'

/** The path of a validation error: `tenant.models[0].lists[2].parent`. */
const pathOf = (context: t.Context): string =>
  context
    .slice(1)
    .map((entry) => (/^\d+$/.test(entry.key) ? `[${entry.key}]` : `.${entry.key}`))
    .join('')
    .replace(/^\./, '')

/** A readable message for one validation error. */
const messageOf = (error: t.ValidationError): string =>
  error.message ?? `expected ${error.context[error.context.length - 1]?.type.name ?? 'a value'}, got ${describe(error.value)}`

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
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
