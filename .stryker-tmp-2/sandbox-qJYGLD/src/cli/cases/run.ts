// @ts-nocheck
import { codecs, compile, decide, type Decision } from '../../index.js'
import type { CaseFile, Expectation } from './case-file.js'
import { whatCanMismatch, whoCanMismatch } from './reverse.js'

/**
 * The outcome of one request of one case file: `failure` says what differed, undefined when it passed.
 *
 * @example
 * ```ts
 * const failed = results.filter((result: CaseResult) => result.failure !== undefined)
 * ```
 */
export interface CaseResult {
  readonly file: string
  readonly description: string
  readonly failure: string | undefined
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = [...new Set(a)].sort()
  const right = [...new Set(b)].sort()
  return left.length === right.length && left.every((code, i) => code === right[i])
}

const codeList = (label: string, got: readonly string[], expected: readonly string[] | undefined): readonly string[] =>
  expected === undefined || sameSet(expected, got) ? [] : [`${label} [${got.join(', ')}], expected [${expected.join(', ')}]`]

/**
 * What differs between a decision and an expectation, or undefined when nothing does.
 *
 * @example
 * ```ts
 * mismatch({ effect: 'allow' }, decision) // "effect deny, expected allow"
 * ```
 */
export const mismatch = (expect: Expectation, got: Decision): string | undefined => {
  const problems = [
    ...(got.effect === expect.effect ? [] : [`effect ${got.effect}, expected ${expect.effect}`]),
    ...codeList('reasons', got.reasons.map((r) => r.code), expect.reasons),
    ...codeList('warnings', got.warnings.map((r) => r.code), expect.warnings),
    ...(expect.level === undefined || got.level === expect.level ? [] : [`level ${got.level}, expected ${expect.level}`]),
    ...(expect.actor === undefined || JSON.stringify(got.actor) === JSON.stringify(expect.actor)
      ? []
      : [`actor ${JSON.stringify(got.actor)}, expected ${JSON.stringify(expect.actor)}`]),
  ]
  return problems.length === 0 ? undefined : problems.join('; ')
}

/**
 * Problems as one line: `path: message; path: message`.
 *
 * @example
 * ```ts
 * errorsText([{ path: 'world.tenant', message: 'missing' }]) // 'world.tenant: missing'
 * ```
 */
export const errorsText = (errors: readonly { readonly path: string; readonly message: string }[]): string => errors.map((e) => `${e.path}: ${e.message}`).join('; ')

/**
 * Runs one decoded case file: the world compiled once, each request decoded through the public codecs
 * and decided, then the `whoCan` and `whatCan` questions; a world that does not compile fails the file, a request that does not decode fails itself.
 *
 * @example
 * ```ts
 * runCase(caseFile, 'planning/R01.json').filter((r) => r.failure !== undefined)
 * ```
 */
export const runCase = (data: CaseFile, file: string): readonly CaseResult[] => {
  const world = compile(data.world)
  if (world._tag === 'Left') return [{ file, description: data.description, failure: `world does not compile: ${errorsText(world.left)}` }]
  const decider = decide(world.right)
  const requests = (data.requests ?? []).map(({ description, expect, subject, action, resource }) => {
    const decoded = codecs.request.decode({ subject, action, resource })
    if (decoded._tag === 'Left') return { file, description, failure: `request does not decode: ${errorsText(codecs.report(decoded.left))}` }
    return { file, description, failure: mismatch(expect, decider(decoded.right.subject, decoded.right.action, decoded.right.resource)) }
  })
  return [
    ...requests,
    ...(data.whoCan ?? []).map((c) => ({ file, description: `whoCan: ${c.description}`, failure: whoCanMismatch(world.right, c) })),
    ...(data.whatCan ?? []).map((c) => ({ file, description: `whatCan: ${c.description}`, failure: whatCanMismatch(world.right, c) })),
  ]
}
