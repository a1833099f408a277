// @ts-nocheck
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from '../../internal/either.js'
import type { Decision } from '../../decision/decision.js'
import { reason, type Reason } from '../../decision/reason.js'
import type { Snapshot } from '../../snapshot/snapshot.js'
import type { TenantSnapshot } from '../../snapshot/tenant/types.js'
import {
  isAccountCommand,
  isCloudworksCreate,
  isListEdit,
  isConnectionCreate,
  isMemberCommand,
  isModelStructureCommand,
  isWorkplaceStructureCommand,
  type Command,
  type PlainCommand,
} from '../command.js'
import { changeAccountRole } from './account-roles.js'
import { createCloudworksObject } from './cloudworks-create.js'
import { createConnection } from './connection-create.js'
import { editList } from './list-structure.js'
import type { Effect } from './effect.js'
import { rebuiltModel } from './model-structure.js'
import * as tenantEffects from './tenant.js'
import { memberChange } from './workplace.js'
import { rebuiltWorkplace } from './workplace-structure.js'
import * as workspaceEffects from './workspace.js'

/**
 * What an allowed act does to the snapshot: the parts it replaces (none when it changes nothing), or
 * the reasons it cannot be made without leaving a world `compile` would reject.
 *
 * @example
 * ```ts
 * const change: SnapshotChange = right({ tenant: next })
 * ```
 */
export type SnapshotChange = Either<readonly Reason[], Partial<Pick<Snapshot, 'tenant' | 'workplace' | 'account' | 'input'>>>

const refuse = (path: string, message: string): SnapshotChange => left([reason('commands.integrity', { path, message })])

type TenantCommand = Exclude<PlainCommand, { readonly action: { readonly type: `${'connection' | 'account' | 'workplace' | 'project' | 'model'}.${string}` | 'selectiveAccess.setAliasAccess' } }>

const tenantEffect = (tenant: TenantSnapshot, command: TenantCommand, decision: Decision): Effect => {
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

/** Only the parts that changed: an act that changes nothing replaces nothing, and `apply` keeps the world object. */
const ifChanged = <K extends 'tenant' | 'workplace' | 'account'>(key: K, before: Snapshot[K], after: NonNullable<Snapshot[K]>): SnapshotChange =>
  right(after === before ? {} : { [key]: after })

/**
 * The change an allowed act makes (every act but the two imports, which go row by row): each act's
 * effect, in its own file beside this one.
 *
 * @example
 * ```ts
 * const change = snapshotChange(snapshotOf(world), command, decision)
 * ```
 */
export const snapshotChange = (snapshot: Snapshot, command: Exclude<Command, { readonly rows: unknown }>, decision: Decision): SnapshotChange => {
  const { tenant, workplace, account } = snapshot
  if (isMemberCommand(command) || isConnectionCreate(command)) {
    if (workplace === undefined) return refuse('workplace', 'the world has no workplace')
    const effect = isMemberCommand(command) ? memberChange(workplace, command.action, command.resource) : createConnection(workplace, command)
    return effect._tag === 'Left' ? effect : ifChanged('workplace', workplace, effect.right)
  }
  if (isAccountCommand(command)) {
    if (account === undefined) return refuse('account', 'the world has no account')
    const effect = changeAccountRole(account, command.action, command.at)
    return effect._tag === 'Left' ? effect : ifChanged('account', account, effect.right)
  }
  if (isWorkplaceStructureCommand(command)) return rebuiltWorkplace(snapshot, command.action, command.resource)
  if (tenant === undefined) return refuse('tenant', 'the world has no tenant')
  if (isListEdit(command)) return editList(snapshot, command)
  if (isModelStructureCommand(command)) {
    const target = command.resource
    if (target.kind !== 'model' && target.kind !== 'list') return refuse('resource.kind', 'expected a model or a list')
    return rebuiltModel(snapshot, target.kind === 'model' ? target.id : target.model, command.action, target)
  }
  const effect = isCloudworksCreate(command) ? createCloudworksObject(tenant, command) : tenantEffect(tenant, command, decision)
  return effect._tag === 'Left' ? effect : ifChanged('tenant', tenant, effect.right)
}
