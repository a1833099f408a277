/**
 * A function's options as given, checked to be an object holding none but the `known` names: `null`,
 * an array or a misspelled option throws a `TypeError` naming it (`options.memoBuget`), where it would
 * otherwise be ignored. `of` names whose options they are, for the message.
 *
 * @example
 * ```ts
 * knownOptions({ memoBuget: 1 }, ['memoBudget'], 'a decider') // throws: options.memoBuget: not an option of a decider (memoBudget is the one)
 * ```
 */
export const knownOptions = (given: unknown, known: readonly string[], of: string): Readonly<Record<string, unknown>> => {
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new TypeError(`options: expected an object, got ${Array.isArray(given) ? 'an array' : typeof given === 'string' ? `'${given}'` : String(given)}`)
  for (const key of Object.keys(given))
    if (!known.includes(key)) throw new TypeError(`options.${key}: not an option of ${of} (${known.join(', ')} ${known.length === 1 ? 'is the one' : 'are the ones'})`)
  return given as Readonly<Record<string, unknown>>
}
