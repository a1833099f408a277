// @ts-nocheck
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
 * explainFinding({ code: 'integration.no_last_runner', severity: 'error', integration: 'nightly' })
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
    case 'integration.import_will_skip': {
      const actor = finding.actor === 'internalAlias' ? 'Internal (Full Access)' : finding.actor
      return `Integration ${finding.integration}, step ${finding.step} (import ${finding.action} of model ${finding.model}): it runs as ${actor}, who cannot write ${finding.skipped} of the ${finding.items} items of selective-access list ${finding.list}, so its rows there will be skipped without an error. Fix: give ${actor} Write on those items, or run it as a user who has it.`
    }
    case 'integration.import_skips_driven_cells':
      return `Integration ${finding.integration}, step ${finding.step} (import ${finding.action} of model ${finding.model}): it runs as ${finding.actor}, whose access drivers keep ${finding.skipped} of the ${finding.cells} cells of line item ${finding.lineItem} (module ${finding.module}) below Write, so its rows there will be skipped without an error. Fix: change the line item's write driver, or run it as a workspace administrator or as Internal (Full Access).`
    case 'role.grants_nothing':
      return `Role ${finding.role} of model ${finding.model} permits no module, list or action: whoever holds it reaches no data.`
    case 'grant.never_applies': {
      const why = { not_member: 'is not a member of the model\'s workspace', no_access: 'holds No Access (or no role) in the model', list_without_selective_access: 'holds them on a list without selective access' }[finding.cause]
      return `User ${finding.user}'s selective-access grants on ${finding.items} item(s) of list ${finding.list} in model ${finding.model} can never apply: the user ${why}.`
    }
    case 'lineItem.hidden_everywhere':
      return `Line item ${finding.lineItem} of module ${finding.module} (model ${finding.model}) is hidden from everyone: its read driver ${finding.driver} is FALSE for every cell.`
    case 'modelAction.creator_cannot_run': {
      const why = { disabled: 'is disabled', not_member: 'is not a member of the workspace' }[finding.cause]
      return `Private action ${finding.action} of model ${finding.model} can be run by nobody: its creator ${finding.creator} ${why}.`
    }
    case 'user.riu_workspace_not_member':
      return `Restricted integration user ${finding.user} is assigned workspace ${finding.workspace} but is not a member of it, so its runs there are denied (R6).`
    case 'process.step_unrunnable':
      return `Process ${finding.process} of model ${finding.model}: ${finding.runners} user(s) who may run it cannot run its step ${finding.step}.`
    case 'account.read_only_additional_roles':
      return `Account user ${finding.user} has the Read Only base role, which stays view-only, so the additional role(s) ${finding.roles.join(', ')} grant nothing; give a User or Administrator base role, or remove them.`
    case 'connection.reaches_no_project':
      return `Connection ${finding.connection} has members (${finding.members} user(s), directly or through groups), but none of them may create a sync into any project.`
  }
}
