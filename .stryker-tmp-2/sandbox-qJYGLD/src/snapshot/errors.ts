/**
 * The kinds of integrity error `compile` reports.
 *
 * @example
 * ```ts
 * const code: CompileErrorCode = 'dangling_reference' // an id that names nothing
 * ```
 */
// @ts-nocheck

export type CompileErrorCode =
  | 'invalid_input'
  | 'duplicate_id'
  | 'dangling_reference'
  | 'cycle'
  | 'invalid_value'

/**
 * One thing wrong with a world input, with the path of the bad field (`tenant.models[0].lists[2].parent`).
 * `compile` returns every error it finds, never only the first.
 *
 * @example
 * ```ts
 * const error: CompileError = { code: 'dangling_reference', path: 'tenant.models[0].workspace', message: "unknown workspace 'nowhere'" }
 * ```
 */
export interface CompileError {
  readonly code: CompileErrorCode
  readonly path: string
  readonly message: string
}

/**
 * Collects compile errors; the one mutable thing a build step touches, local to one `compile` call.
 *
 * @example
 * ```ts
 * const found: Problems = problems()
 * found.report('duplicate_id', 'tenant.users[3].id', "duplicate id 'ana'")
 * ```
 */
export interface Problems {
  readonly report: (code: CompileErrorCode, path: string, message: string) => void
  readonly list: () => readonly CompileError[]
}

/**
 * A fresh, empty collector.
 *
 * @example
 * ```ts
 * const found = problems()
 * found.list() // [] until something is reported
 * ```
 */
export const problems = (): Problems => {
  const found: CompileError[] = []
  return {
    report: (code, path, message) => {
      found.push({ code, path, message })
    },
    list: () => found,
  }
}
