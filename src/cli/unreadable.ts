const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined

const why: Readonly<Record<string, string>> = { ENOENT: 'no such file', EISDIR: 'is a folder, not a file', EACCES: 'permission denied' }

/**
 * Why a file could not be read, in words: a missing file, a folder, no permission, or the system's own
 * message for anything else.
 *
 * @example
 * ```ts
 * whyUnreadable(Object.assign(new Error('EISDIR'), { code: 'EISDIR' })) // 'is a folder, not a file'
 * ```
 */
export const whyUnreadable = (error: unknown): string =>
  why[errorCode(error) ?? ''] ?? `cannot be read (${error instanceof Error ? error.message : String(error)})`
