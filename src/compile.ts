import { left, right, type Either } from 'fp-ts/lib/Either.js'
import { decodeFrozen, fullOnly, rejected } from './codecs/fast.js'
import { report } from './codecs/report.js'
import { worldC } from './codecs/world.js'
import { toWorld } from './internal/world-handle.js'
import { build } from './snapshot/build.js'
import type { CompileError } from './snapshot/errors.js'
import type { Settings } from './snapshot/settings.js'
import type { World } from './snapshot/snapshot.js'

/**
 * Decodes and checks a world input, returning *every* error (each naming the path of the bad field) or
 * an opaque, frozen, indexed {@link World}. Unknown fields, duplicate and dangling ids and cycles are
 * errors here, so that `decide` never meets them.
 *
 * @example
 * ```ts
 * import { compile } from 'accessgrid'
 * const result = compile(JSON.parse(text))
 * if (result._tag === 'Left') for (const e of result.left) console.error(`${e.path}: ${e.message}`)
 * ```
 */
export const compile = (input: unknown, settings?: Partial<Settings>): Either<readonly CompileError[], World> => {
  const fast = decodeFrozen(worldC, input)
  const decoded = fast === rejected ? fullOnly(worldC).decode(input) : right(fast)
  if (decoded._tag === 'Left') return left(report(decoded.left).map((e) => ({ code: 'invalid_input', ...e })))
  const built = build(decoded.right, settings)
  return 'errors' in built ? left(built.errors) : right(toWorld(built.snapshot))
}
