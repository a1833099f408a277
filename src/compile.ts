import { left, right, type Either } from 'fp-ts/lib/Either.js'
import { checkValid, decodeFrozen, fullOnly, rejected } from './codecs/fast.js'
import { report } from './codecs/report.js'
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
  const checked = checkValid(worldC, input)
  const kept = checked === rejected ? rejected : decodeFrozen(worldC, keptInput(checked))
  if (checked !== rejected && kept !== rejected) return result(build(checked, kept, settings))
  const decoded = fullOnly(worldC).decode(input)
  if (decoded._tag === 'Left') return left(report(decoded.left).map((e) => ({ code: 'invalid_input', ...e })))
  return result(build(decoded.right, keptInput(decoded.right), settings))
}

const result = (built: ReturnType<typeof build>): Either<readonly CompileError[], World> =>
  'errors' in built ? left(built.errors) : right(toWorld(built.snapshot))
