// @ts-nocheck
import type { AdditionalRole } from '../snapshot/input/account.js'

/**
 * How much a finding matters, by its code (see `findingSeverities`): `error`, a set-up that will be denied
 * or fail when it runs; `warning`, one that runs without an error but silently does less, or more,
 * than its owner expects; `info`, dead configuration that does nothing.
 *
 * @example
 * ```ts
 * lint(world).filter((f) => f.severity === 'error')
 * ```
 */
export type FindingSeverity = 'error' | 'warning' | 'info'

/** Every finding carries its severity. */
interface Graded {
  readonly severity: FindingSeverity
}

/**
 * A fix the lint suggests for an integration whose actor cannot read a list:
 * - `grant_alias_read`: give Internal (Full Access) selective-access Read on the list (F27, F29);
 * - `grant_actor_read`: give the run's user actor Read on the list (R10);
 * - `run_as_user`: have a user who can read it set themselves as run-as (`cloudworks.setRunAs`, A32), or
 *   rebuild the integration as a restricted one run by such an RIU (R17).
 *
 * @example
 * ```ts
 * const fixes: readonly Fix[] = ['grant_alias_read', 'run_as_user']
 * ```
 */
export type Fix = 'grant_alias_read' | 'grant_actor_read' | 'run_as_user'

/**
 * Where a finding about an integration's step points: the step, the model action it runs, the
 * selective-access list concerned, and the run's actor.
 *
 * @example
 * ```ts
 * const at: StepOnList = { integration: 'nightly', step: 1, model: 'fp', action: 'export-opex', list: 'region', actor: 'internalAlias' }
 * ```
 */
export interface StepOnList {
  readonly integration: string
  /** The step's position in the integration, from 1. */
  readonly step: number
  readonly model: string
  readonly action: string
  readonly list: string
  /** `internalAlias`, or the user id of the actor. */
  readonly actor: string
}

/**
 * The alias trap and its kin (R13, R16, F27, I30, A40): a step of an integration exports or imports
 * from a source dimensioned by a selective-access list that the run's actor reads none of (`none`) or
 * only some of (`partial`). The run is allowed and the file comes out empty or partial.
 *
 * @example
 * ```ts
 * lint(world).filter((f): f is ActorCannotReadList => f.code === 'integration.actor_cannot_read_list')
 * ```
 */
export interface ActorCannotReadList extends StepOnList, Graded {
  readonly code: 'integration.actor_cannot_read_list'
  readonly visibility: 'none' | 'partial'
  readonly fixes: readonly Fix[]
}

/**
 * A user holds both integration roles and counts as integration administrator (F20, A4, A46).
 *
 * @example
 * ```ts
 * const finding: BothIntegrationRoles = { code: 'user.both_integration_roles', severity: 'warning', user: 'sam' }
 * ```
 */
export interface BothIntegrationRoles extends Graded {
  readonly code: 'user.both_integration_roles'
  readonly user: string
}

/**
 * A restricted integration without run-as that nobody has run by hand: scheduled runs are denied (A31).
 *
 * @example
 * ```ts
 * const finding: NoLastRunner = { code: 'integration.no_last_runner', severity: 'error', integration: 'nightly' }
 * ```
 */
export interface NoLastRunner extends Graded {
  readonly code: 'integration.no_last_runner'
  readonly integration: string
}

/**
 * A scheduled run of the integration would be denied before any data check: its run-as user or last
 * runner is no longer valid (A6, A32). `reasons` are the decision's reason codes.
 *
 * @example
 * ```ts
 * const finding: RunIdentityInvalid = { code: 'integration.run_identity_invalid', severity: 'error', integration: 'nightly', reasons: ['integration_roles.run_as_not_member'] }
 * ```
 */
export interface RunIdentityInvalid extends Graded {
  readonly code: 'integration.run_identity_invalid'
  readonly integration: string
  readonly reasons: readonly string[]
}

/**
 * An integration step imports into a selective-access list whose items its actor cannot all write:
 * the run is allowed and its rows on `skipped` of the `items` items are skipped (R10, A40's twin).
 *
 * @example
 * ```ts
 * const finding: ImportWillSkip = { code: 'integration.import_will_skip', severity: 'warning', integration: 'load', step: 1, model: 'm', action: 'imp', list: 'region', actor: 'rita', skipped: 3, items: 4 }
 * ```
 */
export interface ImportWillSkip extends StepOnList, Graded {
  readonly code: 'integration.import_will_skip'
  readonly skipped: number
  readonly items: number
}

/**
 * An integration step imports into a line item whose access drivers keep `skipped` of its `cells`
 * cells below Write for the run's actor: the run is allowed and its rows there are skipped (F49, A1, R10).
 *
 * @example
 * ```ts
 * const finding: ImportSkipsDrivenCells = { code: 'integration.import_skips_driven_cells', severity: 'warning', integration: 'load', step: 1, model: 'm', action: 'imp', module: 'sales', lineItem: 'amount', actor: 'rita', skipped: 2, cells: 4 }
 * ```
 */
export interface ImportSkipsDrivenCells extends Graded {
  readonly code: 'integration.import_skips_driven_cells'
  readonly integration: string
  /** The step's position in the integration, from 1. */
  readonly step: number
  readonly model: string
  readonly action: string
  readonly module: string
  readonly lineItem: string
  /** `internalAlias`, or the user id of the actor (the alias never skips). */
  readonly actor: string
  readonly skipped: number
  readonly cells: number
}

/**
 * A custom role with no module, list or action permission: its holders reach no data (F36–F40).
 *
 * @example
 * ```ts
 * const finding: RoleGrantsNothing = { code: 'role.grants_nothing', severity: 'info', model: 'fp', role: 'viewer' }
 * ```
 */
export interface RoleGrantsNothing extends Graded {
  readonly code: 'role.grants_nothing'
  readonly model: string
  readonly role: string
}

/**
 * A user's selective-access grants on a list that can never apply: the user is no member of the
 * model's workspace, holds No Access (or no role) there, or the list has no selective access.
 *
 * @example
 * ```ts
 * const finding: GrantNeverApplies = { code: 'grant.never_applies', severity: 'info', model: 'fp', user: 'bob', list: 'region', items: 2, cause: 'no_access' }
 * ```
 */
export interface GrantNeverApplies extends Graded {
  readonly code: 'grant.never_applies'
  readonly model: string
  readonly user: string
  readonly list: string
  /** How many items the user holds grants on. */
  readonly items: number
  readonly cause: 'not_member' | 'no_access' | 'list_without_selective_access'
}

/**
 * A line item whose read driver is FALSE (or missing, A33) for every cell: hidden from everyone (F47).
 *
 * @example
 * ```ts
 * const finding: HiddenEverywhere = { code: 'lineItem.hidden_everywhere', severity: 'warning', model: 'fp', module: 'opex', lineItem: 'salary', driver: 'canSee' }
 * ```
 */
export interface HiddenEverywhere extends Graded {
  readonly code: 'lineItem.hidden_everywhere'
  readonly model: string
  readonly module: string
  readonly lineItem: string
  readonly driver: string
}

/**
 * A private action whose creator can no longer run it (disabled, or no member of the workspace):
 * nobody can (F41).
 *
 * @example
 * ```ts
 * const finding: CreatorCannotRun = { code: 'modelAction.creator_cannot_run', severity: 'info', model: 'fp', action: 'my-export', creator: 'bob', cause: 'disabled' }
 * ```
 */
export interface CreatorCannotRun extends Graded {
  readonly code: 'modelAction.creator_cannot_run'
  readonly model: string
  readonly action: string
  readonly creator: string
  readonly cause: 'disabled' | 'not_member'
}

/**
 * R6: a Restricted Integration User assigned a workspace they are not a member of.
 *
 * @example
 * ```ts
 * const finding: RiuWorkspaceNotMember = { code: 'user.riu_workspace_not_member', severity: 'error', user: 'rita', workspace: 'sales' }
 * ```
 */
export interface RiuWorkspaceNotMember extends Graded {
  readonly code: 'user.riu_workspace_not_member'
  readonly user: string
  readonly workspace: string
}

/**
 * A workplace connection with members, none of whom may create a sync into any project (R40–R45).
 *
 * @example
 * ```ts
 * const finding: ReachesNoProject = { code: 'connection.reaches_no_project', severity: 'warning', connection: 'aws', members: 2 }
 * ```
 */
export interface ReachesNoProject extends Graded {
  readonly code: 'connection.reaches_no_project'
  readonly connection: string
  /** The users who are members of the connection, directly or through a group. */
  readonly members: number
}

/**
 * A process with a step that some of the users who may run the process cannot run (F40, F41).
 *
 * @example
 * ```ts
 * const finding: StepUnrunnable = { code: 'process.step_unrunnable', severity: 'error', model: 'fp', process: 'month-end', step: 'export-opex', runners: 3 }
 * ```
 */
export interface StepUnrunnable extends Graded {
  readonly code: 'process.step_unrunnable'
  readonly model: string
  readonly process: string
  readonly step: string
  /** How many users who may run the process cannot run the step. */
  readonly runners: number
}

/**
 * An account user whose base role is Read Only holds additional roles: the Read-Only cap keeps them
 * view-only, so `roles` grant nothing (F65, A14, I41).
 *
 * @example
 * ```ts
 * const finding: ReadOnlyAdditionalRoles = { code: 'account.read_only_additional_roles', severity: 'warning', user: 'ro', roles: ['flowAuthor'] }
 * ```
 */
export interface ReadOnlyAdditionalRoles extends Graded {
  readonly code: 'account.read_only_additional_roles'
  readonly user: string
  readonly roles: readonly AdditionalRole[]
}

/**
 * One thing the lint found: plain data with a stable `code`; `explainFinding` words it.
 *
 * @example
 * ```ts
 * import { lint, explainFinding } from 'accessgrid'
 * for (const finding of lint(world)) console.log(explainFinding(finding))
 * ```
 */
export type Finding =
  | ActorCannotReadList
  | BothIntegrationRoles
  | NoLastRunner
  | RunIdentityInvalid
  | ImportWillSkip
  | ImportSkipsDrivenCells
  | RoleGrantsNothing
  | GrantNeverApplies
  | HiddenEverywhere
  | CreatorCannotRun
  | RiuWorkspaceNotMember
  | ReachesNoProject
  | StepUnrunnable
  | ReadOnlyAdditionalRoles

/**
 * A finding before its severity is attached (`graded` does that, from `findingSeverities`).
 *
 * @example
 * ```ts
 * const found: Ungraded<NoLastRunner> = { code: 'integration.no_last_runner', integration: 'nightly' }
 * ```
 */
export type Ungraded<F extends Finding = Finding> = F extends Finding ? Omit<F, 'severity'> : never
