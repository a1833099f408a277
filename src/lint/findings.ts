/**
 * A fix the lint suggests for an integration whose actor cannot read a list:
 * - `grant_alias_read`: give Internal (Full Access) selective-access Read on the list (F27, F29);
 * - `grant_actor_read`: give the run's user actor Read on the list (R10);
 * - `run_as_user`: have a user who can read it set themselves as run-as (`cloudworks.setRunAs`, A32), or
 *   rebuild the integration as a restricted one run by such an RIU (R17).
 */
export type Fix = 'grant_alias_read' | 'grant_actor_read' | 'run_as_user'

/**
 * The alias trap and its kin (R13, R16, F27, I30, A40): a step of an integration exports or imports
 * from a source dimensioned by a selective-access list that the run's actor reads none of (`none`) or
 * only some of (`partial`). The run is allowed and the file comes out empty or partial.
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

/** A user holds both integration roles and counts as integration administrator (F20, A4, A46). */
export interface BothIntegrationRoles {
  readonly code: 'user.both_integration_roles'
  readonly user: string
}

/** A restricted integration without run-as that nobody has run by hand: scheduled runs are denied (A31). */
export interface NoLastRunner {
  readonly code: 'integration.no_last_runner'
  readonly integration: string
}

/**
 * A scheduled run of the integration would be denied before any data check: its run-as user or last
 * runner is no longer valid (A6, A32). `reasons` are the decision's reason codes.
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
