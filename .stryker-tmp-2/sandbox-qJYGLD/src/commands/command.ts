// @ts-nocheck
import type { ActionOf, ActionType } from '../domain/action.js'
import type { ConnectionId, ItemId, ModelActionId, ModelId, RoleId, UserId } from '../domain/ids.js'
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
  'cloudworks.create',
  'workplace.createConnection',
  'account.grantRole',
  'account.revokeRole',
  'workplace.setUserRole',
  'workplace.setGroupMember',
  'project.setMemberRole',
  'model.createRole',
  'model.setRolePermissions',
  'model.deleteRole',
  'selectiveAccess.setAliasAccess',
  'list.editStructure',
] as const satisfies readonly ActionType[]

/**
 * The type of an act a command may carry.
 *
 * @example
 * ```ts
 * const type: CommandType = 'workspace.setAdmin'
 * commandTypes.includes(type) // true
 * ```
 */
export type CommandType = (typeof commandTypes)[number]

/**
 * What orders commands (A17): the timestamp in milliseconds, then the tiebreak (a sequence number or
 * a transaction id). Numbers order before strings; numbers numerically, strings by code unit.
 *
 * @example
 * ```ts
 * const bySequence: Tiebreak = 42 // numbers order before strings
 * const byTransaction: Tiebreak = 'tx-5'
 * ```
 */
export type Tiebreak = number | string

/**
 * What every command carries: the act, who does it, and the key that orders it.
 *
 * @example
 * ```ts
 * const switchOn: CommandBase<'tenant.setSwitch'> = {
 *   actor: subject.user(id.user('tina')), action: { type: 'tenant.setSwitch', switch: 'userManagement', on: true },
 *   resource: resource.tenant, at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1,
 * }
 * ```
 */
export interface CommandBase<T extends CommandType> {
  /** Who does it: the subject `decide` authorises. */
  readonly actor: Subject
  readonly action: ActionOf<T>
  readonly resource: Resource
  /** When it was made, in milliseconds since the epoch. */
  readonly at: number
  readonly tiebreak: Tiebreak
}

/**
 * One row of a user import (R26, F33, F75): the user, and the attributes to set.
 *
 * @example
 * ```ts
 * const row: UserImportRow = { user: id.user('nora'), email: 'nora@acme.example', model: id.model('finance-plan'), role: id.role('reviewer') }
 * ```
 */
export interface UserImportRow {
  readonly user: UserId
  readonly email?: string
  /** The model whose role the row sets (the model the import runs from, F33). */
  readonly model?: ModelId
  readonly role?: RoleId
}

/**
 * One row of a selective-access import (F46, F75): `none` removes the user's grants on the list.
 *
 * @example
 * ```ts
 * const row: SelectiveAccessRow = { user: id.user('pete'), item: id.item('cc-new-york'), level: 'write' }
 * ```
 */
export interface SelectiveAccessRow {
  readonly user: UserId
  readonly item: ItemId
  readonly level: Access
}

/**
 * A command whose act needs nothing beyond the action and the resource.
 *
 * @example
 * ```ts
 * const promote: PlainCommand = {
 *   actor: subject.user(id.user('wes')), action: { type: 'workspace.setAdmin', workspace: id.workspace('finance'), admin: true },
 *   resource: resource.user(id.user('paula')), at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1,
 * }
 * ```
 */
export type PlainCommand = { readonly [T in Exclude<CommandType, ImportCommandType | CreateCommandType | 'list.editStructure'>]: CommandBase<T> }[Exclude<
  CommandType,
  ImportCommandType | CreateCommandType | 'list.editStructure'
>]
/**
 * A user import: the rows travel with the command and are decided one by one (A42).
 *
 * @example
 * ```ts
 * const nora: UserImportCommand = {
 *   actor: subject.user(id.user('wes')), action: { type: 'workspace.importUsers', mode: 'add' }, resource: resource.workspace(id.workspace('finance')),
 *   at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1, rows: [{ user: id.user('nora'), model: id.model('finance-plan'), role: id.role('reviewer') }],
 * }
 * ```
 */
export interface UserImportCommand extends CommandBase<'workspace.importUsers'> {
  readonly rows: readonly UserImportRow[]
}
/**
 * A selective-access import into the list named by the resource.
 *
 * @example
 * ```ts
 * const grants: SelectiveAccessImportCommand = {
 *   actor: subject.user(id.user('wes')), action: { type: 'selectiveAccess.import', mode: 'additive' }, resource: resource.list(id.model('finance-plan'), id.list('cost-centre')),
 *   at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1, rows: [{ user: id.user('pete'), item: id.item('cc-new-york'), level: 'write' }],
 * }
 * ```
 */
export interface SelectiveAccessImportCommand extends CommandBase<'selectiveAccess.import'> {
  readonly rows: readonly SelectiveAccessRow[]
}

/**
 * What a CloudWorks creation makes, named by the client (A17: a command must say what it creates, so
 * that replaying it makes the same object). An integration may name its connection and its steps; a
 * connection takes neither.
 *
 * @example
 * ```ts
 * const nightly: CloudworksCreation = { id: 'nightly', connection: 'erp', steps: [{ model: id.model('fp'), action: id.modelAction('load-actuals') }] }
 * ```
 */
export interface CloudworksCreation {
  readonly id: string
  readonly connection?: ConnectionId
  readonly steps?: readonly { readonly model: ModelId; readonly action: ModelActionId }[]
}
/**
 * Create a CloudWorks connection or integration in the workspace the resource names (R18, F18, F21,
 * A30, A44). It is restricted when its creator counts as a restricted integration user.
 *
 * @example
 * ```ts
 * const create: CloudworksCreateCommand = {
 *   actor: subject.user(id.user('rita')), action: { type: 'cloudworks.create', object: 'integration' }, resource: resource.workspace(id.workspace('finance')),
 *   at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1, creates: { id: 'nightly' },
 * }
 * ```
 */
export interface CloudworksCreateCommand extends CommandBase<'cloudworks.create'> {
  readonly creates: CloudworksCreation
}
/**
 * Create a workplace integration connection (R40, R41); its creator gets a direct Admin grant on it (A39).
 *
 * @example
 * ```ts
 * const create: ConnectionCreateCommand = {
 *   actor: subject.user(id.user('ada')), action: { type: 'workplace.createConnection' }, resource: resource.workplace,
 *   at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1, creates: { id: id.connection('aws') },
 * }
 * ```
 */
export interface ConnectionCreateCommand extends CommandBase<'workplace.createConnection'> {
  readonly creates: { readonly id: ConnectionId }
}

/**
 * A list structure edit (F39): items added (with their parent item, when the list has a parent list),
 * removed, and moved to another parent. Applied in that order: removals, additions, moves.
 *
 * @example
 * ```ts
 * const edit: ListEdit = { add: [{ id: id.item('cc-oslo'), parent: id.item('nordics') }], remove: [id.item('cc-old')], reparent: [{ id: id.item('cc-bergen'), parent: id.item('nordics') }] }
 * ```
 */
export interface ListEdit {
  readonly add?: readonly { readonly id: ItemId; readonly parent?: ItemId }[]
  readonly remove?: readonly ItemId[]
  readonly reparent?: readonly { readonly id: ItemId; readonly parent: ItemId }[]
}
/**
 * Edit the structure of the list the resource names (F39, A23): decided as `list.editStructure`, then
 * the model is rebuilt with the edit; the selective-access grants and driver values of removed items go.
 *
 * @example
 * ```ts
 * const edit: ListEditCommand = {
 *   actor: subject.user(id.user('wanda')), action: { type: 'list.editStructure' }, resource: resource.list(id.model('fp'), id.list('regions')),
 *   at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1, edit: { remove: [id.item('apac')] },
 * }
 * ```
 */
export interface ListEditCommand extends CommandBase<'list.editStructure'> {
  readonly edit: ListEdit
}

/**
 * Whether a command edits a list's structure.
 *
 * @example
 * ```ts
 * if (isListEdit(command)) console.log(command.edit.remove)
 * ```
 */
export const isListEdit = (command: Command): command is ListEditCommand => command.action.type === 'list.editStructure'

/**
 * The acts whose commands name what they create (`creates`).
 *
 * @example
 * ```ts
 * const type: CreateCommandType = 'workplace.createConnection' // its command carries `creates`
 * ```
 */
export type CreateCommandType = 'cloudworks.create' | 'workplace.createConnection'

/**
 * The acts whose commands carry rows.
 *
 * @example
 * ```ts
 * const type: ImportCommandType = 'selectiveAccess.import' // its command carries rows
 * ```
 */
export type ImportCommandType = 'workspace.importUsers' | 'selectiveAccess.import'

/**
 * An administrative act as a timestamped transaction: the actor, the act (action and resource), the
 * time, and a tiebreak that makes the order of commands total (A17). Decode one with `commandCodec`.
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
export type Command = PlainCommand | UserImportCommand | SelectiveAccessImportCommand | CloudworksCreateCommand | ConnectionCreateCommand | ListEditCommand

/**
 * The connection member acts (R46–R49), which change the workplace rather than the tenant.
 *
 * @example
 * ```ts
 * const addAnalysts: MemberCommand = {
 *   actor: subject.user(id.user('ana')), action: { type: 'connection.addMember', member: { group: id.group('analysts') }, role: 'viewer' },
 *   resource: resource.workplaceConnection(id.connection('aws')), at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1,
 * }
 * ```
 */
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
 * The account role acts (R51, R57, R63), which change the account rather than the tenant.
 *
 * @example
 * ```ts
 * const grant: AccountCommand = {
 *   actor: subject.user(id.user('ada'), { issuedAt: Date.UTC(2026, 10, 23, 8, 0) }), action: { type: 'account.grantRole', user: id.user('pat'), role: 'flowAuthor' },
 *   resource: resource.account(), at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1,
 * }
 * ```
 */
export type AccountCommand = Extract<PlainCommand, { readonly action: { readonly type: `account.${string}` } }>

/**
 * Whether a command is an account role act.
 *
 * @example
 * ```ts
 * if (isAccountCommand(command)) console.log(command.action.role)
 * ```
 */
export const isAccountCommand = (command: Command): command is AccountCommand => command.action.type.startsWith('account.')

/**
 * The workplace structure acts (F60–F63): a user's workplace role, a group's members, a project's roles.
 *
 * @example
 * ```ts
 * const demote: WorkplaceStructureCommand = {
 *   actor: subject.user(id.user('olga')), action: { type: 'workplace.setUserRole', user: id.user('cole'), role: id.role('viewer') },
 *   resource: resource.workplace, at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1,
 * }
 * ```
 */
export type WorkplaceStructureCommand = Extract<
  PlainCommand,
  { readonly action: { readonly type: 'workplace.setUserRole' | 'workplace.setGroupMember' | 'project.setMemberRole' } }
>

const structureTypes: ReadonlySet<string> = new Set(['workplace.setUserRole', 'workplace.setGroupMember', 'project.setMemberRole'])

/**
 * Whether a command is a workplace structure act.
 *
 * @example
 * ```ts
 * if (isWorkplaceStructureCommand(command)) console.log(command.action.type)
 * ```
 */
export const isWorkplaceStructureCommand = (command: Command): command is WorkplaceStructureCommand => structureTypes.has(command.action.type)

/**
 * The model structure acts (R36, F29, F34, F37–F40): custom roles and the alias's selective access.
 *
 * @example
 * ```ts
 * const create: ModelStructureCommand = {
 *   actor: subject.user(id.user('wanda')), action: { type: 'model.createRole', role: id.role('reviewer') },
 *   resource: resource.model(id.model('fp')), at: Date.UTC(2026, 10, 23, 9, 0), tiebreak: 1,
 * }
 * ```
 */
export type ModelStructureCommand = Extract<
  PlainCommand,
  { readonly action: { readonly type: 'model.createRole' | 'model.setRolePermissions' | 'model.deleteRole' | 'selectiveAccess.setAliasAccess' } }
>

const modelStructureTypes: ReadonlySet<string> = new Set(['model.createRole', 'model.setRolePermissions', 'model.deleteRole', 'selectiveAccess.setAliasAccess'])

/**
 * Whether a command is a model structure act.
 *
 * @example
 * ```ts
 * if (isModelStructureCommand(command)) console.log(command.action.type)
 * ```
 */
export const isModelStructureCommand = (command: Command): command is ModelStructureCommand => modelStructureTypes.has(command.action.type)

/**
 * Whether a command creates a CloudWorks connection or integration.
 *
 * @example
 * ```ts
 * if (isCloudworksCreate(command)) console.log(command.creates.id)
 * ```
 */
export const isCloudworksCreate = (command: Command): command is CloudworksCreateCommand => command.action.type === 'cloudworks.create'
/**
 * Whether a command creates a workplace connection.
 *
 * @example
 * ```ts
 * if (isConnectionCreate(command)) console.log(command.creates.id)
 * ```
 */
export const isConnectionCreate = (command: Command): command is ConnectionCreateCommand => command.action.type === 'workplace.createConnection'

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
