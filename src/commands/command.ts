import type { ActionOf, ActionType } from '../domain/action.js'
import type { ItemId, ModelId, RoleId, UserId } from '../domain/ids.js'
import type { Access } from '../domain/lattice.js'
import type { Resource } from '../domain/resource.js'
import type { Subject } from '../domain/subject.js'

/**
 * The administrative acts that change the world, each carried by a command.
 *
 * @example
 * ```ts
 * import { commandTypes } from 'accessgrid'
 * commandTypes.includes('tenant.setSwitch') // true
 * ```
 */
export const commandTypes = [
  'tenant.assignRole',
  'tenant.unassignRole',
  'tenant.createInternalUser',
  'tenant.setAccountStatus',
  'tenant.setSwitch',
  'tenant.setSsoException',
  'workspace.addUser',
  'workspace.removeUser',
  'workspace.setAdmin',
  'workspace.setModelRole',
  'workspace.importUsers',
  'selectiveAccess.import',
  'connection.addMember',
  'connection.setMemberRole',
  'connection.removeMember',
  'cloudworks.setRunAs',
  'cloudworks.run',
] as const satisfies readonly ActionType[]

/** The type of an act a command may carry. */
export type CommandType = (typeof commandTypes)[number]

/**
 * What orders commands (A17): the timestamp in milliseconds, then the tiebreak (a sequence number or
 * a transaction id). Numbers order before strings; numbers numerically, strings by code unit.
 */
export type Tiebreak = number | string

/** What every command carries: the act, who does it, and the key that orders it. */
export interface CommandBase<T extends CommandType> {
  /** Who does it: the subject `decide` authorises. */
  readonly actor: Subject
  readonly action: ActionOf<T>
  readonly resource: Resource
  /** When it was made, in milliseconds since the epoch. */
  readonly at: number
  readonly tiebreak: Tiebreak
}

/** One row of a user import (R26, F33, F75): the user, and the attributes to set. */
export interface UserImportRow {
  readonly user: UserId
  readonly email?: string
  /** The model whose role the row sets (the model the import runs from, F33). */
  readonly model?: ModelId
  readonly role?: RoleId
}

/** One row of a selective-access import (F46, F75): `none` removes the user's grants on the list. */
export interface SelectiveAccessRow {
  readonly user: UserId
  readonly item: ItemId
  readonly level: Access
}

/** A command whose act needs nothing beyond the action and the resource. */
export type PlainCommand = { readonly [T in Exclude<CommandType, ImportCommandType>]: CommandBase<T> }[Exclude<CommandType, ImportCommandType>]
/** A user import: the rows travel with the command and are decided one by one (A42). */
export interface UserImportCommand extends CommandBase<'workspace.importUsers'> {
  readonly rows: readonly UserImportRow[]
}
/** A selective-access import into the list named by the resource. */
export interface SelectiveAccessImportCommand extends CommandBase<'selectiveAccess.import'> {
  readonly rows: readonly SelectiveAccessRow[]
}

/** The acts whose commands carry rows. */
export type ImportCommandType = 'workspace.importUsers' | 'selectiveAccess.import'

/**
 * An administrative act as a timestamped transaction: the actor, the act (action and resource), the
 * time, and a tiebreak that makes the order of commands total (A17). Decode one with `codecs.command`.
 *
 * @example
 * ```ts
 * import { id, resource, subject, type Command } from 'accessgrid'
 * const disable: Command = {
 *   actor: subject.user(id.user('uma')),
 *   action: { type: 'tenant.setAccountStatus', enabled: false },
 *   resource: resource.user(id.user('bob')),
 *   at: Date.UTC(2026, 10, 23, 9, 5),
 *   tiebreak: 'tx-5',
 * }
 * ```
 */
export type Command = PlainCommand | UserImportCommand | SelectiveAccessImportCommand

/** The connection member acts (R46–R49), which change the workplace rather than the tenant. */
export type MemberCommand = Extract<PlainCommand, { readonly action: { readonly type: `connection.${string}` } }>

/**
 * Whether a command is a connection member act.
 *
 * @example
 * ```ts
 * if (isMemberCommand(command)) console.log(command.action.member)
 * ```
 */
export const isMemberCommand = (command: Command): command is MemberCommand => command.action.type.startsWith('connection.')

/**
 * Whether a command is a user import.
 *
 * @example
 * ```ts
 * if (isUserImport(command)) console.log(command.rows.length)
 * ```
 */
export const isUserImport = (command: Command): command is UserImportCommand => command.action.type === 'workspace.importUsers'
/**
 * Whether a command is a selective-access import.
 *
 * @example
 * ```ts
 * if (isSelectiveAccessImport(command)) console.log(command.action.mode)
 * ```
 */
export const isSelectiveAccessImport = (command: Command): command is SelectiveAccessImportCommand =>
  command.action.type === 'selectiveAccess.import'
