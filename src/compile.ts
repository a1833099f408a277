import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from './internal/either.js'
import type * as t from 'io-ts'
import { checkValid, decodeFrozen, fullOnly, rejected } from './codecs/fast.js'
import { report } from './codecs/report.js'
import { settingsC } from './codecs/settings.js'
import { pollutingField } from './codecs/struct.js'
import { compileWorldC, worldC } from './codecs/world.js'
import { thrownMessage } from './internal/thrown.js'
import { toWorld } from './internal/world-handle.js'
import { build } from './snapshot/build.js'
import { keptInput } from './snapshot/kept.js'
import type { CompileError } from './snapshot/errors.js'
import type { Settings } from './snapshot/settings.js'
import type { World } from './snapshot/snapshot.js'

/**
 * Decodes and checks a world input, returning *every* error (each naming the path of the bad field) or
 * an opaque, frozen, indexed {@link World}. Unknown fields, duplicate and dangling ids and cycles are
 * errors here, so that `decide` never meets them.
 *
 * A valid input is checked in place and indexed straight from the caller's objects, which are only
 * read (never kept, frozen or changed); the world keeps a frozen copy of the small part `encode` needs.
 * Only an input the fast check rejects goes through the full io-ts decoder, the one source of the
 * error report.
 *
 * @example
 * ```ts
 * import { compile } from 'accessgrid'
 * const result = compile(JSON.parse(text))
 * if (result._tag === 'Left') for (const e of result.left) console.error(`${e.path}: ${e.message}`)
 * ```
 */
export const compile = (input: unknown, settings?: Partial<Settings>): Either<readonly CompileError[], World> => {
  const polluting = pollutingField(false)
  if (polluting !== undefined)
    return left([{ code: 'invalid_input', path: '(root)', message: `Object.prototype holds '${polluting}', a field every object would inherit: nothing can be read` }])
  const decodedSettings = settingsOf(settings)
  try {
    return decodedSettings._tag === 'Left' ? left([...decodedSettings.left, ...worldErrors(input)]) : compileWith(input, decodedSettings.right)
  } catch (error) {
    return left([...(decodedSettings._tag === 'Left' ? decodedSettings.left : []), unreadable('(root)', error)])
  }
}

/** One `invalid_input` error for a value whose reading threw (a getter or proxy trap that throws, a revoked proxy). */
const unreadable = (path: string, error: unknown): CompileError => ({ code: 'invalid_input', path, message: `it could not be read: ${thrownMessage(error)}` })

/** The settings decoded, or their errors at `settings.<name>`. */
const settingsOf = (settings: Partial<Settings> | undefined): Either<readonly CompileError[], Partial<Settings>> => {
  try {
    const decoded = settingsC.decode(settings === undefined ? {} : settings)
    return decoded._tag === 'Left' ? left(invalid('settings', decoded.left)) : right(decoded.right)
  } catch (error) {
    return left([unreadable('settings', error)])
  }
}

/**
 * Checks the input in place (a grant's ids are checked by the build, as it looks them up: see
 * `compileWorldC`) and builds; when the check rejects, or the build finds a value that is not what the
 * codec wants (`invalid_input`), the full decoder reports the errors, the one source of every report.
 */
const compileWith = (input: unknown, settings: Partial<Settings>): Either<readonly CompileError[], World> => {
  const checked = checkValid(compileWorldC, input)
  const kept = checked === rejected ? rejected : decodeFrozen(worldC, keptInput(checked))
  const built = checked === rejected || kept === rejected ? undefined : build(checked, kept, settings)
  if (built !== undefined && !('errors' in built && built.errors.some((e) => e.code === 'invalid_input'))) return result(built)
  const decoded = fullOnly(worldC).decode(input)
  if (decoded._tag === 'Left') return left(invalid(undefined, decoded.left))
  return result(build(decoded.right, keptInput(decoded.right), settings))
}

/** Decoding errors as compile errors, their paths under `under` when given. */
const invalid = (under: string | undefined, errors: t.Errors): readonly CompileError[] =>
  report(errors).map((e) => ({
    code: 'invalid_input',
    path: under === undefined ? e.path : e.path === '(root)' ? under : `${under}.${e.path}`,
    message: e.message,
  }))

/** The world input's decoding errors, if any: reported with a settings error, so that every error comes at once. */
const worldErrors = (input: unknown): readonly CompileError[] => {
  if (checkValid(worldC, input) !== rejected) return []
  const decoded = fullOnly(worldC).decode(input)
  return decoded._tag === 'Left' ? invalid(undefined, decoded.left) : []
}

const result = (built: ReturnType<typeof build>): Either<readonly CompileError[], World> =>
  'errors' in built ? left(built.errors) : right(toWorld(built.snapshot))
