/**
 * A table of one small value (0, 1 or 2) per item of a list, by item number, two bits each: a million
 * items take 250 KB, so the part a run of requests reads stays in cache. A slot not yet filled reads
 * {@link unknownSlot}. Selective access keeps a user's level per item in such a table in the decider's
 * memo, filled as requests meet items; compile fills one per one-list access driver with its values.
 *
 * @example
 * ```ts
 * const levels = itemTable(list.items.size)
 * if (readSlot(levels, 7) === unknownSlot) writeSlot(levels, 7, 1)
 * ```
 */
export const itemTable = (items: number): Uint8Array => new Uint8Array(Math.ceil(items / 4)).fill(0xff)

/**
 * What a slot of an {@link itemTable} reads before it is written.
 *
 * @example
 * ```ts
 * readSlot(itemTable(10), 3) === unknownSlot // true
 * ```
 */
export const unknownSlot = 3

/**
 * The value of item `index` in a table: 0, 1 or 2, or {@link unknownSlot}.
 *
 * @example
 * ```ts
 * const level = readSlot(levels, dimension.index)
 * ```
 */
export const readSlot = (table: Uint8Array, index: number): number => ((table[index >> 2] as number) >> ((index & 3) << 1)) & 3

/**
 * Writes the value (0, 1 or 2) of item `index`.
 *
 * @example
 * ```ts
 * writeSlot(levels, dimension.index, 2)
 * ```
 */
export const writeSlot = (table: Uint8Array, index: number, value: number): void => {
  const at = index >> 2
  const shift = (index & 3) << 1
  table[at] = ((table[at] as number) & ~(3 << shift)) | (value << shift)
}
