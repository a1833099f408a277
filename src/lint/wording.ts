import type { Finding, Fix } from './findings.js'

const fixWording = (fix: Fix, list: string, actor: string): string => {
  switch (fix) {
    case 'grant_alias_read':
      return `give Internal (Full Access) Read on list ${list} (from the list's Grid View)`
    case 'grant_actor_read':
      return `give ${actor} Read on list ${list}`
    case 'run_as_user':
      return `have a user who reads list ${list} set themselves as run-as (cloudworks.setRunAs), or run it as a restricted integration user who does`
  }
}

/**
 * A finding in English.
 *
 * @example
 * ```ts
 * import { explainFinding } from 'accessgrid'
 * explainFinding({ code: 'integration.no_last_runner', integration: 'nightly' })
 * ```
 */
export const explainFinding = (finding: Finding): string => {
  switch (finding.code) {
    case 'integration.actor_cannot_read_list': {
      const actor = finding.actor === 'internalAlias' ? 'Internal (Full Access)' : finding.actor
      const sees = finding.visibility === 'none' ? 'none' : 'only some'
      const result = finding.visibility === 'none' ? 'empty' : 'partial'
      return `Integration ${finding.integration}, step ${finding.step} (action ${finding.action} of model ${finding.model}): it runs as ${actor}, who reads ${sees} of the items of selective-access list ${finding.list}, so its output will be ${result} without an error. Fix: ${finding.fixes.map((fix) => fixWording(fix, finding.list, actor)).join('; or ')}.`
    }
    case 'user.both_integration_roles':
      return `User ${finding.user} holds both the integration administrator and the restricted integration user roles and counts as integration administrator; remove one of them.`
    case 'integration.no_last_runner':
      return `Restricted integration ${finding.integration} has never been run by hand, so its scheduled runs are denied; a restricted integration user in scope should run it once.`
    case 'integration.run_identity_invalid':
      return `Scheduled runs of integration ${finding.integration} are denied before any data check (${finding.reasons.join(', ')}).`
  }
}
