// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { compile, decide, explainReason, id, resource, subject } from '../../src/index.js'
import { cloudworksTenant } from '../support/fixtures/cloudworks.js'

const world = compile({ tenant: cloudworksTenant })
if (world._tag === 'Left') throw new Error('does not compile')
const ask = decide(world.right)
const warnings = (user: string, integration: string) =>
  ask(subject.user(id.user(user)), { type: 'cloudworks.manage', operation: 'read' }, resource.integration(id.integration(integration))).warnings

describe('integration_roles.scheduled_runs_as (seed 002, A31, A32, A44)', () => {
  it.each([
    ['ia', 'iOpen', 'internalAlias', '', "Scheduled runs of integration 'iOpen' will run as Internal (Full Access): they see only what that identity's model role and selective access allow."],
    ['ia', 'iOpenRunAs', 'runAs', 'riuB', "Scheduled runs of integration 'iOpenRunAs' will run as its run-as user 'riuB'."],
    ['riu', 'iRestricted', 'lastRunner', 'riuB', "Scheduled runs of integration 'iRestricted' will run as 'riuB', the last restricted integration user who ran it by hand."],
    ['riu', 'iNeverRun', 'nobody', '', "Scheduled runs of integration 'iNeverRun' will be denied until a restricted integration user runs it by hand; they then run as that user."],
    ['riu', 'iRunAs', 'runAs', 'plain', "Scheduled runs of integration 'iRunAs' will run as its run-as user 'plain'."],
  ])('%s managing %s is told it runs as %s', (user, integration, identity, named, text) => {
    const got = warnings(user, integration)
    expect(got).toEqual([{ code: 'integration_roles.scheduled_runs_as', integration, identity, user: named }])
    expect(got.map(explainReason)).toEqual([text])
  })

  it('a new integration is named as such, and a denied request or a connection carries no warning', () => {
    const created = ask(subject.user(id.user('ia')), { type: 'cloudworks.create', object: 'integration' }, resource.workspace(id.workspace('ws1')))
    expect(created.warnings.map(explainReason)).toEqual([
      "Scheduled runs of the new integration will run as Internal (Full Access): they see only what that identity's model role and selective access allow.",
    ])
    expect(warnings('plain', 'iOpen')).toEqual([])
    expect(ask(subject.user(id.user('ia')), { type: 'cloudworks.manage', operation: 'read' }, resource.cloudworksConnection(id.connection('cOpen'))).warnings).toEqual([])
  })
})
