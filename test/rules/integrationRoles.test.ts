import { describe, expect, it } from 'vitest'
import { explain, id, resource, subject, type Action, type Actor, type Resource, type Subject } from '../../src/index.js'
import { cloudworksTenant, deciders } from '../support/fixtures/cloudworks.js'
import { blankParameters } from '../support/outcome.js'

const { decide } = deciders(cloudworksTenant)
const user = (name: string): Subject => subject.user(id.user(name))
const actorUser = (name: string): Actor => subject.user(id.user(name))
const integration = (name: string): Resource => resource.integration(id.integration(name))
const connection = (name: string): Resource => resource.cloudworksConnection(id.connection(name))
const ws = (name: string): Resource => resource.workspace(id.workspace(name))
const create = (object: 'connection' | 'integration'): Action => ({ type: 'cloudworks.create', object })
const manage = (operation: 'read' | 'update' | 'delete'): Action => ({ type: 'cloudworks.manage', operation })
const run: Action = { type: 'cloudworks.run' }
const setRunAs = (name: string | null): Action => ({ type: 'cloudworks.setRunAs', user: name === null ? null : id.user(name) })

interface Row {
  readonly id: string
  readonly says: string
  readonly subject: Subject
  readonly action: Action
  readonly resource: Resource
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
  readonly actor?: Actor
  readonly warnings?: readonly string[]
}

const IA = 'integration_roles.integration_admin'
const RIU = 'integration_roles.restricted_integration_user'

const rows: readonly Row[] = [
  { id: 'F18', says: 'an IA creates an integration in a workspace it is no member of', subject: user('ia'), action: create('integration'), resource: ws('ws2'), effect: 'allow', reasons: [IA] },
  { id: 'F18', says: 'an IA updates a non-restricted connection without membership', subject: user('ia'), action: manage('update'), resource: connection('cOpen'), effect: 'allow', reasons: [IA] },
  { id: 'F19', says: 'an RIU creates a connection in its assigned workspace that it belongs to', subject: user('riu'), action: create('connection'), resource: ws('ws1'), effect: 'allow', reasons: [RIU] },
  { id: 'F19', says: 'an RIU cannot create in a workspace it is not assigned', subject: user('riuElsewhere'), action: create('integration'), resource: ws('ws1'), effect: 'deny', reasons: ['integration_roles.riu_not_assigned'] },
  { id: 'F20', says: 'a holder of both roles counts as IA: denied a restricted integration', subject: user('both'), action: manage('read'), resource: integration('iRestricted'), effect: 'deny', reasons: ['integration_roles.restricted_object'] },
  { id: 'F20', says: 'a holder of both roles counts as IA: manages non-restricted ones', subject: user('both'), action: manage('delete'), resource: integration('iOpen'), effect: 'allow', reasons: [IA] },
  { id: 'F21', says: 'an IA gets nothing on a restricted connection', subject: user('ia'), action: manage('read'), resource: connection('cRestricted'), effect: 'deny', reasons: ['integration_roles.restricted_object'] },
  { id: 'F21', says: 'an RIU gets nothing on a non-restricted integration', subject: user('riu'), action: manage('read'), resource: integration('iOpen'), effect: 'deny', reasons: ['integration_roles.non_restricted_object'] },
  { id: 'F21', says: 'a user with neither role gets nothing', subject: user('plain'), action: manage('read'), resource: integration('iOpen'), effect: 'deny', reasons: ['integration_roles.no_integration_role'] },
  { id: 'F22', says: "an RIU manages another RIU's restricted integration in scope", subject: user('riuB'), action: manage('update'), resource: integration('iNeverRun'), effect: 'allow', reasons: [RIU] },
  { id: 'F23', says: 'a scheduled restricted run acts as the last runner, not the creator', subject: subject.scheduler, action: run, resource: integration('iRestricted'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], actor: actorUser('riuB') },
  { id: 'F23', says: 'a manual restricted run by an RIU in scope acts as that RIU', subject: user('riu'), action: run, resource: integration('iRestricted'), effect: 'allow', reasons: [RIU], actor: actorUser('riu') },
  { id: 'F24', says: 'a user who lost the RIU role loses access to what they created', subject: user('former'), action: manage('read'), resource: integration('iStale'), effect: 'deny', reasons: ['integration_roles.no_integration_role'] },
  { id: 'F24', says: 'a scheduled run whose last runner lost the role is denied', subject: subject.scheduler, action: run, resource: integration('iStale'), effect: 'deny', reasons: ['integration_roles.no_integration_role'] },
  { id: 'F25', says: 'an RIU assigned but not a member cannot create', subject: user('riuOut'), action: create('integration'), resource: ws('ws1'), effect: 'deny', reasons: ['integration_roles.riu_not_member'] },
  { id: 'F25', says: 'membership alone is not scope', subject: user('riuElsewhere'), action: manage('read'), resource: connection('cRestricted'), effect: 'deny', reasons: ['integration_roles.riu_not_assigned'] },
  { id: 'F26', says: 'a scheduled non-restricted run acts as Internal (Full Access)', subject: subject.scheduler, action: run, resource: integration('iOpen'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], actor: subject.internalAlias },
  { id: 'F28', says: 'an RIU running a restricted integration never acts as the alias', subject: user('riuB'), action: run, resource: integration('iNeverRun'), effect: 'allow', reasons: [RIU], actor: actorUser('riuB') },
  { id: 'R11', says: 'a last runner who is now IA and RIU counts as IA: no alias, deny', subject: subject.scheduler, action: run, resource: integration('iStaleBoth'), effect: 'deny', reasons: ['integration_roles.restricted_object'] },
  { id: 'R11', says: 'a disabled last runner denies the scheduled run', subject: subject.scheduler, action: run, resource: integration('iStaleOff'), effect: 'deny', reasons: ['integration_roles.user_disabled'] },
  { id: 'R15', says: 'an IA running its integration by hand still acts as the alias', subject: user('ia'), action: run, resource: integration('iOpen'), effect: 'allow', reasons: [IA], actor: subject.internalAlias },
  { id: 'R17', says: 'an RIU cannot run a non-restricted integration', subject: user('riu'), action: run, resource: integration('iOpen'), effect: 'deny', reasons: ['integration_roles.non_restricted_object'], actor: subject.internalAlias },
  { id: 'R18', says: 'an RIU creates only in assigned workspaces', subject: user('riu'), action: create('connection'), resource: ws('ws2'), effect: 'deny', reasons: ['integration_roles.riu_not_assigned', 'integration_roles.riu_not_member'] },
  { id: 'R20', says: 'run-as takes precedence over the last runner', subject: subject.scheduler, action: run, resource: integration('iRunAs'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], actor: actorUser('plain') },
  { id: 'R20', says: 'run-as takes precedence over the alias', subject: user('ia'), action: run, resource: integration('iOpenRunAs'), effect: 'allow', reasons: [IA], actor: actorUser('riuB') },
  { id: 'R20', says: 'a run-as user who is no member of the workspace denies, never falling back', subject: subject.scheduler, action: run, resource: integration('iRunAsGone'), effect: 'deny', reasons: ['integration_roles.run_as_not_member'] },
  { id: 'R20', says: 'a disabled run-as user denies, never falling back', subject: subject.scheduler, action: run, resource: integration('iRunAsOff'), effect: 'deny', reasons: ['integration_roles.user_disabled'] },
  { id: 'R9', says: "an RIU's run decides each step with that user's own permissions (No Access here)", subject: subject.scheduler, action: run, resource: integration('iNoRole'), effect: 'deny', reasons: ['integration_roles.step_denied'], actor: actorUser('riuC') },
  { id: 'R10', says: 'an RIU with SA read on every item exports everything: no warning', subject: subject.scheduler, action: run, resource: integration('iRiuExport'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], warnings: [], actor: actorUser('riuB') },
  { id: 'R10', says: 'an RIU reading some items of an SA list gets a partial export', subject: subject.scheduler, action: run, resource: integration('iRiuPartial'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], warnings: ['selective_access.export_partial'], actor: actorUser('riu') },
  { id: 'R12', says: "an RIU whose model role lacks the action permission: the step is denied", subject: user('riuC'), action: run, resource: integration('iNoRole'), effect: 'deny', reasons: ['integration_roles.step_denied'], actor: actorUser('riuC') },
  { id: 'R13', says: 'the alias without SA read on a source list sees none of it', subject: subject.scheduler, action: run, resource: integration('iAliasExport'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], warnings: ['selective_access.export_empty'], actor: subject.internalAlias },
  { id: 'R16', says: 'the alias-trap export is allowed with a warning, not an error, even run by hand', subject: user('ia'), action: run, resource: integration('iAliasExport'), effect: 'allow', reasons: [IA], warnings: ['selective_access.export_empty'], actor: subject.internalAlias },
  { id: 'F29', says: 'in a model without an alias entry the alias has No Access (A33): the step is denied', subject: subject.scheduler, action: run, resource: integration('iNoAliasEntry'), effect: 'deny', reasons: ['integration_roles.step_denied'], actor: subject.internalAlias },
  { id: 'F27', says: 'an export whose SA source list its actor cannot read comes out empty: a warning', subject: subject.scheduler, action: run, resource: integration('iAliasExport'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], warnings: ['selective_access.export_empty'], actor: subject.internalAlias },
  { id: 'R20', says: "a run-as user's own selective access decides the export", subject: subject.scheduler, action: run, resource: integration('iPlainExport'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], warnings: ['selective_access.export_empty'], actor: actorUser('plain') },
  { id: 'R14', says: "the alias's grants live only in a model's alias entry: without one it has No Access", subject: user('ia'), action: run, resource: integration('iNoAliasEntry'), effect: 'deny', reasons: ['integration_roles.step_denied'], actor: subject.internalAlias },
  { id: 'R19', says: 'a non-restricted run does not depend on its creator, who may have left', subject: subject.scheduler, action: run, resource: integration('iOrphanOpen'), effect: 'allow', reasons: ['integration_roles.scheduled_run'], actor: subject.internalAlias },
  { id: 'A31', says: 'a scheduled run of a restricted integration nobody has run is denied', subject: subject.scheduler, action: run, resource: integration('iNeverRun'), effect: 'deny', reasons: ['integration_roles.no_last_runner'] },
  { id: 'A32', says: 'a user names themselves as run-as on an integration they manage', subject: user('riuB'), action: setRunAs('riuB'), resource: integration('iRestricted'), effect: 'allow', reasons: ['integration_roles.run_as_self'] },
  { id: 'A32', says: 'nobody names someone else', subject: user('riu'), action: setRunAs('riuB'), resource: integration('iRestricted'), effect: 'deny', reasons: ['integration_roles.run_as_not_self'] },
  { id: 'A32', says: 'naming oneself needs the right to manage the integration', subject: user('plain'), action: setRunAs('plain'), resource: integration('iRestricted'), effect: 'deny', reasons: ['integration_roles.no_integration_role'] },
  { id: 'A32', says: 'a tenant administrator clears run-as', subject: user('tadmin'), action: setRunAs(null), resource: integration('iRunAs'), effect: 'allow', reasons: ['integration_roles.run_as_cleared_by_tenant_admin'] },
  { id: 'A32', says: 'only a tenant administrator clears run-as, not even the run-as user', subject: user('plain'), action: setRunAs(null), resource: integration('iRunAs'), effect: 'deny', reasons: ['integration_roles.run_as_clear_needs_tenant_admin'] },
  { id: 'A32', says: 'a tenant administrator cannot set run-as to themselves without managing it', subject: user('tadmin'), action: setRunAs('tadmin'), resource: integration('iOpen'), effect: 'deny', reasons: ['integration_roles.no_integration_role'] },
  { id: 'A44', says: 'an IA reads a non-restricted integration without membership', subject: user('ia'), action: manage('read'), resource: integration('iOpen'), effect: 'allow', reasons: [IA] },
  { id: 'F24', says: 'a disabled RIU in scope is denied by the tenant roles layer', subject: user('riuOff'), action: manage('read'), resource: integration('iRestricted'), effect: 'deny', reasons: ['tenant_roles.account_disabled'] },
  { id: 'core', says: 'the alias is no subject that manages objects', subject: subject.internalAlias, action: manage('read'), resource: integration('iOpen'), effect: 'deny', reasons: ['request.subject_not_supported'] },
  { id: 'core', says: 'the alias does not trigger runs', subject: subject.internalAlias, action: run, resource: integration('iOpen'), effect: 'deny', reasons: ['request.subject_not_supported'] },
  { id: 'core', says: 'an unknown integration is denied', subject: user('ia'), action: run, resource: integration('nope'), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'core', says: 'an unknown connection is denied', subject: user('ia'), action: manage('read'), resource: connection('nope'), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'core', says: 'an unknown workspace is denied', subject: user('ia'), action: create('integration'), resource: ws('nope'), effect: 'deny', reasons: ['request.unknown_id'] },
]

describe('integrationRoles: one row per rule or fact', () => {
  for (const row of rows) {
    it(`${row.id} ${row.says}`, () => {
      const decision = decide(row.subject, row.action, row.resource)
      expect({ effect: decision.effect, reasons: decision.reasons.map((r) => r.code).sort() }, explain(decision)).toEqual({
        effect: row.effect,
        reasons: [...row.reasons].sort(),
      })
      if (row.actor !== undefined) expect(decision.actor).toEqual(row.actor)
      if (row.warnings !== undefined) expect(decision.warnings.map((w) => w.code).sort()).toEqual([...row.warnings].sort())
      expect(blankParameters(decision)).toEqual([])
    })
  }
})
