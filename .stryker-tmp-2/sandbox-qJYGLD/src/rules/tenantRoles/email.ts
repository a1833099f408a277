/**
 * The longest email address a new user may have (F9).
 *
 * @example
 * ```ts
 * 'a'.repeat(maxEmailLength + 1) // too long (F9)
 * ```
 */
// @ts-nocheck

const maxEmailLength = 60

const wellFormed = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/**
 * What is wrong with a new user's email address, if anything (F9): at most 60 characters, well
 * formed, and neither starting nor ending with `_`. An empty list means the address is acceptable.
 *
 * @example
 * ```ts
 * emailProblems('_ana@example.com') // ['starts or ends with an underscore']
 * ```
 */
export const emailProblems = (email: string): readonly string[] => [
  ...(email.length > maxEmailLength ? [`longer than ${maxEmailLength} characters`] : []),
  ...(wellFormed.test(email) ? [] : ['not well formed']),
  ...(email.startsWith('_') || email.endsWith('_') ? ['starts or ends with an underscore'] : []),
]
