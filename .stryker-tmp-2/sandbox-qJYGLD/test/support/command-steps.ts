/** Walks a log in (timestamp, tiebreak) order, giving each command with the world before and after it. */
// @ts-nocheck

import { apply, compareCommands, encode, type Change, type Command, type Report, type TenantInput, type World } from '../../src/index.js'

/** One step of a walked log. */
export interface Walked {
  readonly command: Command
  readonly before: World
  readonly result: { readonly _tag: 'Left'; readonly left: Report } | { readonly _tag: 'Right'; readonly right: Change }
  readonly after: World
}

/** Applies a log in order, one command at a time, keeping every step. */
export const walk = (world: World, log: readonly Command[]): readonly Walked[] => {
  const steps: Walked[] = []
  let current = world
  for (const command of [...log].sort(compareCommands)) {
    const result = apply(current, command)
    const after = result._tag === 'Right' ? result.right.world : current
    steps.push({ command, before: current, result, after })
    current = after
  }
  return steps
}

/** The tenant of a world, as JSON input. */
export const tenantOf = (world: World): TenantInput => {
  const t = encode(world).tenant
  if (t === undefined) throw new Error('no tenant')
  return t
}

/** The reason codes of a step's result. */
export const codesOf = (step: Walked): readonly string[] =>
  (step.result._tag === 'Right' ? step.result.right.reasons : step.result.left.reasons).map((r) => r.code)

/** Whether the acting user of a command holds a plain administration role and is enabled, in a world. */
export const actorHolds = (world: World, command: Command, role: string): boolean => {
  const actor = command.actor
  const record = actor.kind === 'user' ? tenantOf(world).users.find((u) => u.id === actor.id) : undefined
  return record !== undefined && record.enabled !== false && (record.roles ?? []).some((r) => r === role)
}
