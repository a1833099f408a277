import { left, right, type Either } from 'fp-ts/lib/Either.js'
import { decideWith } from '../decide.js'
import type { Decision } from '../decision/decision.js'
import { reason, type Reason } from '../decision/reason.js'
import { deepFreeze } from '../internal/deep-freeze.js'
import { snapshotOf, toWorld } from '../internal/world-handle.js'
import { defaultPolicy } from '../policy.js'
import type { Policy } from '../rule/policy.js'
import type { World } from '../snapshot/snapshot.js'
import type { TenantSnapshot } from '../snapshot/tenant/types.js'
import { isAccountCommand, isCloudworksCreate, isConnectionCreate, isMemberCommand, isWorkplaceStructureCommand, isSelectiveAccessImport, isUserImport, type AccountCommand, type Command, type MemberCommand, type PlainCommand, type WorkplaceStructureCommand } from './command.js'
import { changeAccountRole } from './effects/account-roles.js'
import { rebuiltWorkplace } from './effects/workplace-structure.js'
import { createCloudworksObject } from './effects/cloudworks-create.js'
import { createConnection } from './effects/connection-create.js'
import type { Effect } from './effects/effect.js'
import { importVerdict, type RowOutcome, type RowsResult } from './effects/rows.js'
import { importSelectiveAccess } from './effects/selective-access-import.js'
import * as tenantEffects from './effects/tenant.js'
import { importUsers } from './effects/user-import.js'
import * as workspaceEffects from './effects/workspace.js'
import { memberChange } from './effects/workplace.js'
import type { WorkplaceSnapshot } from '../snapshot/workplace/types.js'

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

const plainEffect = (tenant: TenantSnapshot, command: Exclude<PlainCommand, MemberCommand | AccountCommand | WorkplaceStructureCommand>, decision: Decision): Effect => {
  const { action, resource } = command
  switch (action.type) {
    case 'tenant.assignRole':
      return tenantEffects.assignRole(tenant, action, resource)
    case 'tenant.unassignRole':
      return tenantEffects.unassignRole(tenant, action, resource)
    case 'tenant.createInternalUser':
      return tenantEffects.createInternalUser(tenant, action)
    case 'tenant.setAccountStatus':
      return tenantEffects.setAccountStatus(tenant, action.enabled, resource)
    case 'tenant.setSwitch':
      return tenantEffects.setSwitch(tenant, action)
    case 'tenant.setSsoException':
      return tenantEffects.setSsoException(tenant, action, resource)
    case 'workspace.addUser':
      return workspaceEffects.addUser(tenant, action, resource)
    case 'workspace.removeUser':
      return workspaceEffects.removeUser(tenant, action, resource)
    case 'workspace.setAdmin':
      return workspaceEffects.setAdmin(tenant, action, resource)
    case 'workspace.setModelRole':
      return workspaceEffects.setModelRole(tenant, action, resource)
    case 'cloudworks.setRunAs':
      return tenantEffects.setRunAs(tenant, action, resource)
    case 'cloudworks.run':
      return tenantEffects.recordRun(tenant, command.actor, decision.actor, resource)
  }
}

const refusal = (path: string, message: string): readonly Reason[] => [reason('commands.integrity', { path, message })]

const withTenant = (world: World, tenant: TenantSnapshot): World => toWorld(deepFreeze({ ...snapshotOf(world), tenant }))

/** A workplace act (connection members, R46–R49; a new connection, A39): decided, then stored in the workplace. */
const applyInWorkplace = (
  world: World,
  decision: Decision,
  change: (workplace: WorkplaceSnapshot) => Either<readonly Reason[], WorkplaceSnapshot>,
): Either<Report, Change> => {
  const workplace = snapshotOf(world).workplace
  if (workplace === undefined) return left({ decision, reasons: refusal('workplace', 'the world has no workplace') })
  const effect = change(workplace)
  if (effect._tag === 'Left') return left({ decision, reasons: effect.left })
  return right({ decision, reasons: decision.reasons, world: toWorld(deepFreeze({ ...snapshotOf(world), workplace: effect.right })) })
}

/** An account role act (R51, R57, R63): decided, then stored in the account; an act that changes nothing keeps the world object. */
const applyInAccount = (world: World, decision: Decision, command: AccountCommand): Either<Report, Change> => {
  const account = snapshotOf(world).account
  if (account === undefined) return left({ decision, reasons: refusal('account', 'the world has no account') })
  const effect = changeAccountRole(account, command.action, command.at)
  if (effect._tag === 'Left') return left({ decision, reasons: effect.left })
  const next = effect.right === account ? world : toWorld(deepFreeze({ ...snapshotOf(world), account: effect.right }))
  return right({ decision, reasons: decision.reasons, world: next })
}

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
    if (isMemberCommand(command)) return applyInWorkplace(world, decision, (workplace) => memberChange(workplace, command.action, command.resource))
    if (isConnectionCreate(command)) return applyInWorkplace(world, decision, (workplace) => createConnection(workplace, command))
    if (isAccountCommand(command)) return applyInAccount(world, decision, command)
    if (isWorkplaceStructureCommand(command)) {
      const rebuilt = rebuiltWorkplace(snapshotOf(world), command.action, command.resource)
      if (rebuilt._tag === 'Left') return left({ decision, reasons: rebuilt.left })
      return right({ decision, reasons: decision.reasons, world: toWorld(deepFreeze({ ...snapshotOf(world), ...rebuilt.right })) })
    }
    if (tenant === undefined) return left({ decision, reasons: refusal('tenant', 'the world has no tenant') })
    if (isUserImport(command)) return left({ decision, reasons: refusal('resource', 'not a workspace of the tenant') })
    if (isSelectiveAccessImport(command)) {
      const result = importSelectiveAccess(tenant, command)
      if (result === undefined) return left({ decision, reasons: refusal('resource', 'not a list of a model of the tenant') })
      return fromRows(world, result, decision, command.action.mode === 'clearThenLoad')
    }
    const effect = isCloudworksCreate(command) ? createCloudworksObject(tenant, command) : plainEffect(tenant, command, decision)
    if (effect._tag === 'Left') return left({ decision, reasons: effect.left })
    // An allowed act that changes nothing (a run that records no last runner) keeps the world object.
    return right({ decision, reasons: decision.reasons, world: effect.right === tenant ? world : withTenant(world, effect.right) })
  }
}

/**
 * Applies one administrative command: the engine decides its act (authorization and validation live
 * in the rules), and when it is allowed the world changes as the specification says. Returns the
 * rejection (`Left`: the deny decision and its reasons; the world is left exactly as it was) or the
 * change (`Right`: a new frozen world sharing every untouched record with the old one, or the same
 * world when the allowed act changes nothing, such as a run that records no last runner).
 *
 * @example
 * ```ts
 * import { apply } from 'accessgrid'
 * const result = apply(world, command)
 * const next = result._tag === 'Right' ? result.right.world : world
 * ```
 */
export const apply: (world: World, command: Command) => Either<Report, Change> = applyWith(defaultPolicy)
