/**
 * A timestamp as an ISO date, or as milliseconds when it lies outside the dates JavaScript can write
 * (a command's `at` is any finite number; `Date` stops at ±8.64e15 ms).
 *
 * @example
 * ```ts
 * timeText(0) // '1970-01-01T00:00:00.000Z'
 * timeText(1e308) // '1e+308 ms'
 * ```
 */
export const timeText = (at: number): string => {
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? `${at} ms` : date.toISOString()
}
