import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { codecs, compile, decide, type Decider, type Decision, type World } from '../../src/index.js'
import { omit } from '../../src/internal/omit.js'
import { whatCanMismatch, whoCanMismatch, type WhatCanCase, type WhoCanCase } from './reverse-runner.js'

/** One expectation of a conformance request (DESIGN §6): only the fields present are compared. */
export interface Expectation {
  readonly effect: 'allow' | 'deny'
  readonly reasons?: readonly string[]
  readonly warnings?: readonly string[]
  readonly level?: string
  readonly actor?: unknown
}

/** The outcome of one request of one case file. */
export interface CaseResult {
  readonly file: string
  readonly description: string
  readonly failure: string | undefined
}

/** Every `.json` file under a folder, sorted, recursively. */
export const caseFiles = (dir: string): readonly string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? caseFiles(path) : name.endsWith('.json') ? [path] : []
    })

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = [...new Set(a)].sort()
  const right = [...new Set(b)].sort()
  return left.length === right.length && left.every((code, i) => code === right[i])
}

const mismatch = (expect: Expectation, got: Decision): string | undefined => {
  const problems: string[] = []
  if (got.effect !== expect.effect) problems.push(`effect ${got.effect}, expected ${expect.effect}`)
  const reasons = got.reasons.map((r) => r.code)
  if (expect.reasons !== undefined && !sameSet(expect.reasons, reasons))
    problems.push(`reasons [${reasons.join(', ')}], expected [${expect.reasons.join(', ')}]`)
  const warnings = got.warnings.map((r) => r.code)
  if (expect.warnings !== undefined && !sameSet(expect.warnings, warnings))
    problems.push(`warnings [${warnings.join(', ')}], expected [${expect.warnings.join(', ')}]`)
  if (expect.level !== undefined && got.level !== expect.level) problems.push(`level ${got.level}, expected ${expect.level}`)
  if (expect.actor !== undefined && JSON.stringify(got.actor) !== JSON.stringify(expect.actor))
    problems.push(`actor ${JSON.stringify(got.actor)}, expected ${JSON.stringify(expect.actor)}`)
  return problems.length === 0 ? undefined : problems.join('; ')
}

interface CaseFile {
  readonly description: string
  readonly covers: readonly string[]
  readonly world: unknown
  readonly requests?: readonly { readonly description: string; readonly expect: Expectation; readonly [k: string]: unknown }[]
  /** Reverse questions (docs/reverse.md): who may do an act, with what level and reasons. */
  readonly whoCan?: readonly WhoCanCase[]
  /** Reverse questions: what one subject may do in a scope, as a partial answer. */
  readonly whatCan?: readonly WhatCanCase[]
}

/** One request of a case file, to be decided when `run` is called (inside a test, never while tests are collected). */
export interface CaseRequest {
  readonly file: string
  readonly description: string
  readonly run: () => string | undefined
}

/**
 * The requests of one case file, read without running any engine code: the world is compiled on the
 * first `run` and kept for the others. Collecting tests thus executes no code under mutation testing.
 */
export const caseRequests = (path: string, root: string): readonly CaseRequest[] => {
  const file = relative(root, path)
  const data = JSON.parse(readFileSync(path, 'utf8')) as CaseFile
  let compiled: ReturnType<typeof compileCase> | undefined
  const lazily = (description: string, check: (bound: Compiled) => string | undefined): CaseRequest => ({
    file,
    description,
    run: () => {
      const bound = (compiled ??= compileCase(data))
      return typeof bound === 'string' ? bound : check(bound)
    },
  })
  return [
    ...(data.requests ?? []).map((request) =>
      lazily(request.description, ({ decider }) => {
        const decoded = codecs.request.decode(omit(request, ['description', 'expect']))
        if (decoded._tag === 'Left') return `request does not decode: ${codecs.report(decoded.left).map((e) => `${e.path}: ${e.message}`).join('; ')}`
        const { subject, action, resource } = decoded.right
        return mismatch(request.expect, decider(subject, action, resource))
      }),
    ),
    ...(data.whoCan ?? []).map((c) => lazily(`whoCan: ${c.description}`, ({ world }) => whoCanMismatch(world, c))),
    ...(data.whatCan ?? []).map((c) => lazily(`whatCan: ${c.description}`, ({ world }) => whatCanMismatch(world, c))),
  ]
}

/** A case file's world compiled, with its decider. */
interface Compiled {
  readonly world: World
  readonly decider: Decider
}

const compileCase = (data: CaseFile): Compiled | string => {
  const world = compile(data.world)
  return world._tag === 'Left' ? `world does not compile: ${world.left.map((e) => `${e.path}: ${e.message}`).join('; ')}` : { world: world.right, decider: decide(world.right) }
}

/** Runs one case file: each request decoded through the public codecs and decided over the compiled world. */
export const runCaseFile = (path: string, root: string): readonly CaseResult[] =>
  caseRequests(path, root).map((request) => ({ file: request.file, description: request.description, failure: request.run() }))

/** Runs every case file under a folder. */
export const runCases = (dir: string): readonly CaseResult[] => caseFiles(dir).flatMap((path) => runCaseFile(path, dir))
