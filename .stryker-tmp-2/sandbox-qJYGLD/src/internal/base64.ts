// @ts-nocheck
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Each character's six bits, by character code; -1 for a character outside the alphabet. */
const sextets = Int8Array.from({ length: 128 }, (_, code) => alphabet.indexOf(String.fromCharCode(code)))

/**
 * Whether a string is base64 (RFC 4648 §4: `A–Z a–z 0–9 + /`, padded with `=` to a multiple of four
 * characters), without decoding it.
 *
 * @example
 * ```ts
 * isBase64('qg==') // true
 * isBase64('qg') // false: not padded
 * ```
 */
export const isBase64 = (text: string): boolean => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text)

/**
 * The bytes of a base64 string (checked with {@link isBase64} first); written out rather than taken
 * from `Buffer` or `atob`, so that it runs the same in Node and in browsers.
 *
 * @example
 * ```ts
 * decodeBase64('qg==') // Uint8Array [0xaa]
 * ```
 */
export const decodeBase64 = (text: string): Uint8Array => {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((text.length / 4) * 3 - padding)
  let at = 0
  for (let i = 0; i < text.length; i += 4) {
    const word =
      ((sextets[text.charCodeAt(i)] ?? 0) << 18) |
      ((sextets[text.charCodeAt(i + 1)] ?? 0) << 12) |
      (Math.max(0, sextets[text.charCodeAt(i + 2)] ?? 0) << 6) |
      Math.max(0, sextets[text.charCodeAt(i + 3)] ?? 0)
    bytes[at++] = word >>> 16
    if (at < bytes.length) bytes[at++] = (word >>> 8) & 0xff
    if (at < bytes.length) bytes[at++] = word & 0xff
  }
  return bytes
}

/**
 * Bytes as base64, padded: the canonical form, which {@link decodeBase64} reads back.
 *
 * @example
 * ```ts
 * encodeBase64(Uint8Array.of(0xaa)) // 'qg=='
 * ```
 */
export const encodeBase64 = (bytes: Uint8Array): string => {
  const parts: string[] = []
  let chunk = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const word = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    chunk +=
      alphabet.charAt(word >>> 18) +
      alphabet.charAt((word >>> 12) & 63) +
      (i + 1 < bytes.length ? alphabet.charAt((word >>> 6) & 63) : '=') +
      (i + 2 < bytes.length ? alphabet.charAt(word & 63) : '=')
    if (chunk.length >= 4096) {
      parts.push(chunk)
      chunk = ''
    }
  }
  parts.push(chunk)
  return parts.join('')
}
