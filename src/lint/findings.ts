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
 * The alias trap and its kin (R13, R16, F27, I30, A40): a step of an integration exports or imports
 * from a source dimensioned by a selective-access list that the run's actor reads none of (`none`) or
 * only some of (`partial`). The run is allowed and the file comes out empty or partial.
 *
 * @example
 * ```ts
 * lint(world).filter((f): f is ActorCannotReadList => f.code === 'integration.actor_cannot_read_list')
 * ```
 */
export interface ActorCannotReadList {
  readonly code: 'integration.actor_cannot_read_list'
  readonly integration: string
  /** The step's position in the integration, from 1. */
  readonly step: number
  readonly model: string
  readonly action: string
  readonly list: string
  /** `internalAlias`, or the user id of the actor. */
  readonly actor: string
  readonly visibility: 'none' | 'partial'
  readonly fixes: readonly Fix[]
}

/**
 * A user holds both integration roles and counts as integration administrator (F20, A4, A46).
 *
 * @example
 * ```ts
 * const finding: BothIntegrationRoles = { code: 'user.both_integration_roles', user: 'sam' }
 * ```
 */
export interface BothIntegrationRoles {
  readonly code: 'user.both_integration_roles'
  readonly user: string
}

/**
 * A restricted integration without run-as that nobody has run by hand: scheduled runs are denied (A31).
 *
 * @example
 * ```ts
 * const finding: NoLastRunner = { code: 'integration.no_last_runner', integration: 'nightly' }
 * ```
 */
export interface NoLastRunner {
  readonly code: 'integration.no_last_runner'
  readonly integration: string
}

/**
 * A scheduled run of the integration would be denied before any data check: its run-as user or last
 * runner is no longer valid (A6, A32). `reasons` are the decision's reason codes.
 *
 * @example
 * ```ts
 * const finding: RunIdentityInvalid = { code: 'integration.run_identity_invalid', integration: 'nightly', reasons: ['integration_roles.run_as_not_member'] }
 * ```
 */
export interface RunIdentityInvalid {
  readonly code: 'integration.run_identity_invalid'
  readonly integration: string
  readonly reasons: readonly string[]
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
export type Finding = ActorCannotReadList | BothIntegrationRoles | NoLastRunner | RunIdentityInvalid
