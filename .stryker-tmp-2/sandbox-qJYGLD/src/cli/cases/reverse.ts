// @ts-nocheck
import { codecs, subjectName, whatCan, whoCan, type Action, type Resource, type Subject, type WhatCanScope, type World } from '../../index.js'
import type { WhatCanCase, WhoCanCase } from './case-file.js'

// The reverse questions of a case file (docs/reverse.md): `whoCan` and `whatCan` expectations, run by `accessgrid test`.

const decodeQuestion = (subject: unknown, action: unknown, resource: unknown): { subject: Subject; action: Action; resource: Resource } | string => {
  const decoded = codecs.request.decode({ subject, action, resource })
  return decoded._tag === 'Left' ? `does not decode: ${codecs.report(decoded.left).map((e) => `${e.path}: ${e.message}`).join('; ')}` : decoded.right
}

/** Where `actual` differs from the partial `expected` (objects: only the keys given; arrays: same length, element by element). */
export const partialMismatch = (expected: unknown, actual: unknown, path = '$'): string | undefined => {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`
    if (actual.length !== expected.length) return `${path}: ${actual.length} elements, expected ${expected.length}`
    for (const [i, e] of expected.entries()) {
      const found = partialMismatch(e, actual[i], `${path}[${i}]`)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return `${path}: expected an object, got ${JSON.stringify(actual)}`
    for (const [key, e] of Object.entries(expected)) {
      const found = partialMismatch(e, (actual as Record<string, unknown>)[key], `${path}.${key}`)
      if (found !== undefined) return found
    }
    return undefined
  }
  return expected === actual ? undefined : `${path}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
}

/** Runs a `whoCan` case: undefined when the answer meets the expectation, else what differs. */
export const whoCanMismatch = (world: World, c: WhoCanCase): string | undefined => {
  const question = decodeQuestion({ kind: 'internalAlias' }, c.action, c.resource)
  if (typeof question === 'string') return question
  const answer = whoCan(world)(question.action, question.resource, c.options)
  const e = c.expect
  const problems: string[] = []
  if (e.problem !== undefined && answer.problem?.code !== e.problem) problems.push(`problem ${answer.problem?.code ?? 'none'}, expected ${e.problem}`)
  if (e.problem === undefined && answer.problem !== undefined) problems.push(`problem ${answer.problem.code}`)
  const names = answer.entries.map((entry) => entry.name)
  if (e.subjects !== undefined && JSON.stringify(names) !== JSON.stringify(e.subjects)) problems.push(`subjects [${names.join(', ')}], expected [${e.subjects.join(', ')}]`)
  for (const [name, level] of Object.entries(e.levels ?? {})) {
    const got = answer.entries.find((entry) => entry.name === name)?.decision.level
    if (got !== level) problems.push(`${name}: level ${got ?? 'absent'}, expected ${level}`)
  }
  for (const [name, codes] of Object.entries(e.reasons ?? {})) {
    const got = [...new Set(answer.entries.find((entry) => entry.name === name)?.decision.reasons.map((r) => r.code) ?? [])].sort()
    if (JSON.stringify(got) !== JSON.stringify([...new Set(codes)].sort())) problems.push(`${name}: reasons [${got.join(', ')}], expected [${codes.join(', ')}]`)
  }
  for (const [name, actor] of Object.entries(e.actors ?? {})) {
    const found = answer.entries.find((entry) => entry.name === name)?.decision.actor
    const got = found === undefined ? null : subjectName(found)
    if (got !== actor) problems.push(`${name}: actor ${String(got)}, expected ${String(actor)}`)
  }
  return problems.length === 0 ? undefined : problems.join('; ')
}

/** Runs a `whatCan` case: undefined when the answer matches the partial expectation. */
export const whatCanMismatch = (world: World, c: WhatCanCase): string | undefined => {
  const question = decodeQuestion(c.subject, { type: 'model.open' }, { kind: 'tenant' })
  if (typeof question === 'string') return question
  return partialMismatch(c.expect, whatCan(world)(question.subject, c.scope as WhatCanScope))
}
