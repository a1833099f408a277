// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from './internal/either.js'
import type * as t from 'io-ts'
import { checkValid, decodeFrozen, fullOnly, rejected } from './codecs/fast.js'
import { report } from './codecs/report.js'
import { settingsC } from './codecs/settings.js'
import { worldC } from './codecs/world.js'
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
  const decodedSettings = settingsC.decode(settings ?? {})
  if (decodedSettings._tag === 'Left') return left([...invalid('settings', decodedSettings.left), ...worldErrors(input)])
  return compileWith(input, decodedSettings.right)
}

const compileWith = (input: unknown, settings: Partial<Settings>): Either<readonly CompileError[], World> => {
  const checked = checkValid(worldC, input)
  const kept = checked === rejected ? rejected : decodeFrozen(worldC, keptInput(checked))
  if (checked !== rejected && kept !== rejected) return result(build(checked, kept, settings))
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
