// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../internal/either.js'
import { decideWith } from '../decide.js'
import type { Decision } from '../decision/decision.js'
import { reason, type Reason } from '../decision/reason.js'
import { deepFreeze } from '../internal/deep-freeze.js'
import { snapshotOf, toWorld } from '../internal/world-handle.js'
import { defaultPolicy } from '../policy.js'
import type { Policy } from '../rule/policy.js'
import type { World } from '../snapshot/snapshot.js'
import type { TenantSnapshot } from '../snapshot/tenant/types.js'
import { isSelectiveAccessImport, isUserImport, type Command } from './command.js'
import { checkedCommand, isRefused } from './checked.js'
import { snapshotChange } from './effects/dispatch.js'
import { importVerdict, type RowOutcome, type RowsResult } from './effects/rows.js'
import { importSelectiveAccess } from './effects/selective-access-import.js'
import { importUsers } from './effects/user-import.js'

/**
 * What became of a command. `decision` is the engine's decision on the command's act (absent for a user
 * import, whose rows are decided one by one); `reasons` say why it applied or not; `rows` report each
 * row of an import.
 *
 * @example
 * ```ts
 * const result = apply(world, command)
 * const report: Report = result._tag === 'Left' ? result.left : result.right
 * report.reasons.map(explainReason)
 * ```
 */
export interface Report {
  readonly decision?: Decision
  readonly reasons: readonly Reason[]
  readonly rows?: readonly RowOutcome[]
}

/**
 * An applied command: its report and the new world.
 *
 * @example
 * ```ts
 * const result = apply(world, command)
 * const change: Change | undefined = result._tag === 'Right' ? result.right : undefined
 * const next = change?.world ?? world
 * ```
 */
export interface Change extends Report {
  readonly world: World
}

const refusal = (path: string, message: string): readonly Reason[] => [reason('commands.integrity', { path, message })]

const withTenant = (world: World, tenant: TenantSnapshot): World => toWorld(deepFreeze({ ...snapshotOf(world), tenant }))

/** An import's rows as a change when some applied (or `always`), as a rejection otherwise. */
const fromRows = (world: World, result: RowsResult, decision: Decision | undefined, always: boolean): Either<Report, Change> => {
  const verdict = importVerdict(result.rows)
  const base = decision === undefined ? {} : { decision }
  if (!verdict.applied && !always) return left({ ...base, reasons: verdict.reasons, rows: result.rows })
  const reasons = decision === undefined ? verdict.reasons : decision.reasons
  return right({ ...base, reasons, rows: result.rows, world: withTenant(world, result.tenant) })
}

/**
 * {@link apply} under a given policy.
 *
 * @example
 * ```ts
 * import { applyWith, defaultPolicy } from 'accessgrid'
 * const result = applyWith(defaultPolicy)(world, command)
 * ```
 */
export const applyWith = (policy: Policy): ((world: World, command: Command) => Either<Report, Change>) => {
  const applyChecked = applyCheckedWith(policy)
  return (world, given) => {
    const command = checkedCommand(given)
    return isRefused(command) ? left({ reasons: command }) : applyChecked(world, command)
  }
}

/**
 * {@link applyWith} for a command already checked by {@link checkedCommand} (`replay` and `receive`
 * check each command once).
 *
 * @example
 * ```ts
 * const checked = checkedCommand(body)
 * if (!isRefused(checked)) applyCheckedWith(defaultPolicy)(world, checked)
 * ```
 */
export const applyCheckedWith = (policy: Policy): ((world: World, command: Command) => Either<Report, Change>) => {
  const deciderFor = decideWith(policy)
  return (world, command) => {
    const decider = deciderFor(world)
    const tenant = snapshotOf(world).tenant
    if (isUserImport(command)) {
      const result =
        tenant === undefined ? undefined : importUsers(tenant, command, (mode) => decider(command.actor, { type: 'workspace.importUsers', mode }, command.resource))
      if (result !== undefined) return fromRows(world, result, undefined, false)
    }
    const decision = decider(command.actor, command.action, command.resource)
    if (decision.effect === 'deny') return left({ decision, reasons: decision.reasons })
    if ((isUserImport(command) || isSelectiveAccessImport(command)) && tenant === undefined)
      return left({ decision, reasons: refusal('tenant', 'the world has no tenant') })
    if (isUserImport(command)) return left({ decision, reasons: refusal('resource', 'not a workspace of the tenant') })
    if (isSelectiveAccessImport(command)) {
      const result = tenant === undefined ? undefined : importSelectiveAccess(tenant, command)
      if (result === undefined) return left({ decision, reasons: refusal('resource', 'not a list of a model of the tenant') })
      return fromRows(world, result, decision, command.action.mode === 'clearThenLoad')
    }
    const change = snapshotChange(snapshotOf(world), command, decision)
    if (change._tag === 'Left') return left({ decision, reasons: change.left })
    // An allowed act that changes nothing (a run that records no last runner, a role already held) keeps the world object.
    const parts = change.right
    return right({ decision, reasons: decision.reasons, world: Object.keys(parts).length === 0 ? world : toWorld(deepFreeze({ ...snapshotOf(world), ...parts })) })
  }
}

/**
 * Applies one administrative command: the engine decides its act (authorization and validation live
 * in the rules), and when it is allowed the world changes as the specification says. Returns the
 * rejection (`Left`: the deny decision and its reasons; the world is left exactly as it was) or the
 * change (`Right`: a new frozen world sharing every untouched record with the old one, or the same
 * world when the allowed act changes nothing, such as a run that records no last runner). Total: a
 * command `commandCodec` would reject is refused with `request.invalid` naming the bad field.
 *
 * @example
 * ```ts
 * import { apply } from 'accessgrid'
 * const result = apply(world, command)
 * const next = result._tag === 'Right' ? result.right.world : world
 * ```
 */
export const apply: (world: World, command: Command) => Either<Report, Change> = applyWith(defaultPolicy)
