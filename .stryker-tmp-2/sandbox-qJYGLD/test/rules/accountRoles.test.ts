// @ts-nocheck
import { describe, it } from 'vitest'
import { decide, type Settings, type Subject } from '../../src/index.js'
import { compiled } from '../support/compiled.js'
import { account, author, onAccount, op } from '../support/fixtures/account.js'
import { user } from '../support/fixtures/workplace.js'
import { expectOutcome, type DecisionRow } from '../support/outcome.js'

const decider = (settings: Partial<Settings> = {}) => decide(compiled({ account }, settings))
const worlds = {
  default: decider(),
  noWorkspaces: decider({ administratorManagesWorkspaces: false }),
  paAuthors: decider({ platformAdministratorAuthors: true }),
}

type Row = DecisionRow<keyof typeof worlds>

const s = (name: string): Subject => user(name, 50)
const noGrant = 'default.no_grant'

const rows: readonly Row[] = [
  { id: 'R50', says: 'the base role decides what a user may do', subject: s('plain'), action: op('runSchedule'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'R51', says: 'a User may not change roles', subject: s('plain'), action: op('changeRoles'), effect: 'deny', reasons: [noGrant] },
  { id: 'R51', says: 'an Administrator changes roles', subject: s('admin'), action: op('changeRoles'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'R52', says: 'Read Only is a base role that views', subject: s('ro'), action: op('viewData'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'R53', says: 'an Administrator invites users', subject: s('admin'), action: op('inviteUsers'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'R54', says: 'an Administrator cannot create a flow without Flow Author', subject: s('admin'), action: author('flow'), effect: 'deny', reasons: ['account_roles.author_role_required'] },
  { id: 'R55', says: 'a User updates an integration configuration', subject: s('plain'), action: op('configureIntegration'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'R56', says: 'Read Only cannot operate', subject: s('ro'), action: op('operateData'), effect: 'deny', reasons: ['account_roles.read_only'] },
  { id: 'R57', says: 'an additional role adds what the base role lacks', subject: s('flow'), action: op('manageServices'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R58', says: 'a role granted after the session began does not apply', subject: s('fresh'), action: author('flow'), effect: 'deny', reasons: ['account_roles.author_role_required'], warnings: ['account_roles.session_predates_role'] },
  { id: 'R58', says: 'after signing in again the role applies', subject: user('fresh', 150), action: author('flow'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R59', says: 'a Flow Author updates flows', subject: s('flow'), action: author('flow', 'update'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R60', says: 'an Integration Author creates integrations', subject: s('intg'), action: author('integration'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R61', says: 'a Connector Author deletes connectors', subject: s('conn'), action: author('connector', 'delete'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R61', says: 'a Connector Author does not author flows', subject: s('conn'), action: author('flow'), effect: 'deny', reasons: ['account_roles.author_role_required'] },
  { id: 'R62', says: 'an App Builder Author manages App Builder connectors', subject: s('app'), action: op('manageAppBuilderConnectors'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R62', says: 'a plain User does not', subject: s('plain'), action: op('manageAppBuilderConnectors'), effect: 'deny', reasons: [noGrant] },
  { id: 'R63', says: 'a Platform Administrator manages Cloud Services', subject: s('pa'), action: op('manageCloudServices'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'R63', says: 'an Administrator does not manage Platform Settings', subject: s('admin'), action: op('managePlatformSettings'), effect: 'deny', reasons: [noGrant] },
  { id: 'F65', says: 'Read Only stays view-only with an author role', subject: s('ro'), action: author('flow'), effect: 'deny', reasons: ['account_roles.read_only'] },
  { id: 'F66', says: 'with A13 switched off an Administrator does not manage workspaces', world: 'noWorkspaces', subject: s('admin'), action: op('manageWorkspaces'), effect: 'deny', reasons: [noGrant] },
  { id: 'F68', says: 'a locked account is blocked', subject: s('locked'), action: op('viewData'), effect: 'deny', reasons: ['account_roles.locked'] },
  { id: 'A13', says: 'an Administrator manages workspaces by default', subject: s('admin'), action: op('manageWorkspaces'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'A14', says: 'Read Only with Platform Administrator cannot manage users', subject: s('ro'), action: op('manageUsers'), effect: 'deny', reasons: ['account_roles.read_only'] },
  { id: 'A15', says: 'a Platform Administrator does not author by default', subject: s('pa'), action: author('connector'), effect: 'deny', reasons: ['account_roles.author_role_required'] },
  { id: 'A15', says: 'a Platform Administrator authors when configured', world: 'paAuthors', subject: s('pa'), action: author('connector'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'A16', says: 'a subject without a session gets no role', subject: user('flow'), action: op('runFlow'), effect: 'deny', reasons: ['account_roles.session_predates_role'], warnings: ['account_roles.session_predates_role'] },
  { id: 'A24', says: 'an act in a workspace needs membership', subject: s('plain'), action: op('runFlow'), resource: onAccount('w2'), effect: 'deny', reasons: ['account_roles.not_workspace_member'] },
  { id: 'A24', says: 'a member acts in their workspace', subject: s('plain'), action: op('runFlow'), resource: onAccount('w1'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'A24', says: 'an unknown workspace denies', subject: s('plain'), action: op('runFlow'), resource: onAccount('w9'), effect: 'deny', reasons: ['request.unknown_id'] },
  { id: 'A35', says: 'configuring a flow is not authoring', subject: s('plain'), action: op('configureFlow'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'A35', says: 'updating an integration definition is authoring', subject: s('admin'), action: author('integration', 'update'), effect: 'deny', reasons: ['account_roles.author_role_required'] },
  { id: 'A36', says: 'a Platform Administrator on a User base role changes roles', subject: s('pa'), action: op('changeRoles'), effect: 'allow', reasons: ['account_roles.additional_role'] },
  { id: 'A47', says: 'an upgrade waits for a fresh session', subject: s('upgraded'), action: op('changeRoles'), effect: 'deny', reasons: [noGrant], warnings: ['account_roles.session_predates_role'] },
  { id: 'A47', says: 'an upgrade applies to a fresh session', subject: user('upgraded', 150), action: op('changeRoles'), effect: 'allow', reasons: ['account_roles.base_role'] },
  { id: 'A47', says: 'a downgrade applies at once', subject: s('downgraded'), action: op('runFlow'), effect: 'deny', reasons: ['account_roles.read_only'] },
  { id: 'A47', says: 'a first base role needs a fresh session too', subject: s('newbie'), action: op('viewData'), effect: 'deny', reasons: ['account_roles.session_predates_role'] },
  { id: 'request', says: 'an unknown user denies', subject: s('ghost'), action: op('viewData'), effect: 'deny', reasons: ['request.unknown_id'] },
]

describe('accountRoles', () => {
  for (const row of rows)
    it(`${row.id} ${row.says}`, () => {
      const decision = worlds[row.world ?? 'default'](row.subject, row.action, row.resource ?? onAccount())
      expectOutcome(decision, row)
    })
})
