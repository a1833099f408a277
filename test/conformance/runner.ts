import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { codecs, compile, decide, type Decision } from '../../src/index.js'
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

/** Runs one case file: each request decoded through the public codecs and decided over the compiled world. */
export const runCaseFile = (path: string, root: string): readonly CaseResult[] => {
  const file = relative(root, path)
  const data = JSON.parse(readFileSync(path, 'utf8')) as CaseFile
  const world = compile(data.world)
  if (world._tag === 'Left')
    return [{ file, description: data.description, failure: `world does not compile: ${world.left.map((e) => `${e.path}: ${e.message}`).join('; ')}` }]
  const decider = decide(world.right)
  const reverse = [
    ...(data.whoCan ?? []).map((c) => ({ file, description: `whoCan: ${c.description}`, failure: whoCanMismatch(world.right, c) })),
    ...(data.whatCan ?? []).map((c) => ({ file, description: `whatCan: ${c.description}`, failure: whatCanMismatch(world.right, c) })),
  ]
  return [...(data.requests ?? []).map((request) => {
    const { description, expect, ...question } = request
    const decoded = codecs.request.decode(question)
    if (decoded._tag === 'Left')
      return { file, description, failure: `request does not decode: ${codecs.report(decoded.left).map((e) => `${e.path}: ${e.message}`).join('; ')}` }
    const { subject, action, resource } = decoded.right
    return { file, description, failure: mismatch(expect, decider(subject, action, resource)) }
  }), ...reverse]
}

/** Runs every case file under a folder. */
export const runCases = (dir: string): readonly CaseResult[] => caseFiles(dir).flatMap((path) => runCaseFile(path, dir))
