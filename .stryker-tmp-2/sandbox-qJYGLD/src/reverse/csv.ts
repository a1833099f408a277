/**
 * One CSV field, RFC 4180: quoted when it holds a comma, a double quote, a carriage return or a line
 * feed, with every double quote doubled. A field a spreadsheet would read as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with a single quote first, so that ids
 * such as `=HYPERLINK(…)` are shown, never run (the OWASP advice on CSV injection).
 *
 * @example
 * ```ts
 * csvField('a,b') // '"a,b"'
 * csvField('=1+1') // "'=1+1"
 * csvField('say "hi"') // '"say ""hi"""'
 * ```
 */
// @ts-nocheck

export const csvField = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * One CSV record: its fields joined by commas, ended by CRLF (RFC 4180).
 *
 * @example
 * ```ts
 * csvRecord(['ana', 'read']) // 'ana,read\r\n'
 * ```
 */
export const csvRecord = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`
