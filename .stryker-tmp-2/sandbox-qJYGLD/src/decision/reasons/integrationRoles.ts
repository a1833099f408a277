/**
 * Reasons of the integration roles and run identity module (R9–R20, F17–F30, A4–A7, A30–A32, A44–A46).
 * `object` is `connection` or `integration`; `identity` says whose scope a reason is about
 * (`subject`, `runAs` or `lastRunner`).
 *
 * @example
 * ```ts
 * reason('integration_roles.no_last_runner', { integration: 'nightly' })
 * ```
 */
// @ts-nocheck

export interface IntegrationRolesReasons {
  /** An integration administrator manages non-restricted objects in every workspace (F18, F21, A44). */
  'integration_roles.integration_admin': { readonly user: string; readonly workspace: string }
  /** A restricted integration user manages restricted objects in an assigned workspace they belong to (F19, F22, I26). */
  'integration_roles.restricted_integration_user': { readonly user: string; readonly workspace: string }
  /** The user holds neither integration role (or lost it, F24). */
  'integration_roles.no_integration_role': { readonly user: string; readonly identity: string }
  /** Restricted objects are for restricted integration users only; a holder of both roles counts as IA (F20, F21, I27, I28). */
  'integration_roles.restricted_object': { readonly user: string; readonly object: string; readonly id: string; readonly identity: string }
  /** Non-restricted objects are for integration administrators only (F21, I27). */
  'integration_roles.non_restricted_object': { readonly user: string; readonly object: string; readonly id: string; readonly identity: string }
  /** The workspace is not among the RIU's assigned workspaces (I26, A5). */
  'integration_roles.riu_not_assigned': { readonly user: string; readonly workspace: string; readonly identity: string }
  /** The RIU is not a member of the workspace (I26, A5, R6). */
  'integration_roles.riu_not_member': { readonly user: string; readonly workspace: string; readonly identity: string }
  /** The run-as user's or the last runner's platform access is disabled (F5, A6, A32). */
  'integration_roles.user_disabled': { readonly user: string; readonly identity: string }
  /** The scheduler triggers scheduled runs (A6, A31). */
  'integration_roles.scheduled_run': { readonly integration: string }
  /**
   * A warning on creating or managing an integration: who its scheduled runs will act as. `identity` is
   * `runAs`, `lastRunner` (with `user`), `internalAlias`, or `nobody` (a restricted integration nobody
   * has run by hand); `integration` is empty for one being created (seed 002, A31, A32, A44).
   */
  'integration_roles.scheduled_runs_as': { readonly integration: string; readonly identity: string; readonly user: string }
  /** A scheduled run of a restricted integration that nobody has run by hand: nobody to act as (A31). */
  'integration_roles.no_last_runner': { readonly integration: string }
  /** The run-as user is not a member of the integration's workspace at run time (A32). */
  'integration_roles.run_as_not_member': { readonly user: string; readonly workspace: string }
  /** A step of the run is denied to the run's actor; `reasons` are the step decision's codes (A7, A30). */
  'integration_roles.step_denied': {
    readonly integration: string
    readonly step: number
    readonly model: string
    readonly action: string
    readonly reasons: readonly string[]
  }
  /** The user names themselves as the run-as user of an integration they may manage (A32). */
  'integration_roles.run_as_self': { readonly user: string; readonly integration: string }
  /** Only the named user may set run-as, naming themselves (A32). */
  'integration_roles.run_as_not_self': { readonly user: string; readonly named: string }
  /** A tenant administrator may clear run-as (A32). */
  'integration_roles.run_as_cleared_by_tenant_admin': { readonly user: string; readonly integration: string }
  /** Only a tenant administrator may clear run-as (A32). */
  'integration_roles.run_as_clear_needs_tenant_admin': { readonly user: string; readonly integration: string }
}
