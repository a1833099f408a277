// @ts-nocheck
import { describe, expect, it } from 'vitest'
import { actionSpecs, id, modules, resource, subject, type Action, type Resource, type TenantInput } from '../../src/index.js'
import { acme } from '../support/fixtures/acme.js'
import { ask, codes, tenant, user } from '../support/tenant-world.js'
import { compiled } from '../support/compiled.js'

interface Row {
  readonly spec: string
  readonly title: string
  readonly world?: TenantInput
  readonly actor: string
  readonly action: Action
  readonly resource: Resource
  readonly effect: 'allow' | 'deny'
  readonly reasons: readonly string[]
  readonly warnings?: readonly string[]
}

const ws = id.workspace
const on = (u: string): Resource => resource.user(id.user(u))
const t = resource.tenant
const assign = (role: Extract<Action, { type: 'tenant.assignRole' }>['role'], workspaces?: readonly string[]): Action =>
  workspaces === undefined ? { type: 'tenant.assignRole', role } : { type: 'tenant.assignRole', role, workspaces: workspaces.map(ws) }
const create = (email: string, workspaces: readonly string[] = ['sales'], u = 'newbie'): Action => ({
  type: 'tenant.createInternalUser',
  user: id.user(u),
  email,
  workspaces: workspaces.map(ws),
})
const sso = (workspace: string): Action => ({ type: 'tenant.setSsoException', workspace: ws(workspace), on: true })
const held = ['tenant_roles.role_held']
const required = ['tenant_roles.role_required']
const onlyTina = tenant([user('tina', { roles: ['tenantAdmin'] }), user('tom', { roles: ['tenantAdmin'], enabled: false })], [])

const rows: readonly Row[] = [
  { spec: 'R1', title: 'a tenant admin assigns RIU', actor: 'tina', action: assign('restrictedIntegrationUser', ['sales']), resource: on('out'), effect: 'allow', reasons: held },
  { spec: 'R1', title: 'a user admin may not assign RIU', actor: 'uma', action: assign('restrictedIntegrationUser', ['sales']), resource: on('out'), effect: 'deny', reasons: required },
  { spec: 'R2', title: 'RIU is saved with its workspaces, which must exist', actor: 'tina', action: assign('restrictedIntegrationUser', ['sales', 'nowhere']), resource: on('out'), effect: 'deny', reasons: ['request.unknown_id'] },
  { spec: 'R3', title: 'RIU with an empty workspace set is invalid', actor: 'tina', action: assign('restrictedIntegrationUser', []), resource: on('out'), effect: 'deny', reasons: ['tenant_roles.riu_requires_workspace'] },
  { spec: 'R3', title: 'RIU without a workspace set is invalid', actor: 'tina', action: assign('restrictedIntegrationUser'), resource: on('out'), effect: 'deny', reasons: ['tenant_roles.riu_requires_workspace'] },
  { spec: 'R7', title: 'a user admin creates an internal user', actor: 'uma', action: create('newbie@acme.example'), resource: t, effect: 'allow', reasons: held },
  { spec: 'R7', title: 'a tenant admin without User Admin may not create a user (I24)', actor: 'tina', action: create('newbie@acme.example'), resource: t, effect: 'deny', reasons: required },
  { spec: 'R8', title: 'RIU is for internal users only (A22)', actor: 'tina', action: assign('restrictedIntegrationUser', ['sales']), resource: on('vera'), effect: 'deny', reasons: ['tenant_roles.internal_users_only'] },
  { spec: 'R22', title: 'tenant admins assign administration roles', actor: 'tina', action: assign('viewAdmin'), resource: on('out'), effect: 'allow', reasons: held },
  { spec: 'R22', title: 'other administration roles do not assign roles', actor: 'sec', action: assign('viewAdmin'), resource: on('out'), effect: 'deny', reasons: required },
  { spec: 'F1', title: 'a WSA has no console access', actor: 'wanda', action: { type: 'tenant.viewDirectory' }, resource: t, effect: 'deny', reasons: required },
  { spec: 'F2', title: 'a user may hold several administration roles', actor: 'tina', action: assign('auditor'), resource: on('uma'), effect: 'allow', reasons: held },
  { spec: 'F3', title: 'tenant admins do not assign Encryption Admin', actor: 'tina', action: assign('encryptionAdmin'), resource: on('out'), effect: 'deny', reasons: required },
  { spec: 'F3', title: 'an encryption admin assigns Encryption Admin', actor: 'enc', action: assign('encryptionAdmin'), resource: on('out'), effect: 'allow', reasons: held },
  { spec: 'F3', title: 'an encryption admin assigns nothing else', actor: 'enc', action: assign('viewAdmin'), resource: on('out'), effect: 'deny', reasons: required },
  { spec: 'F4', title: 'a view admin sees the assignments', actor: 'vic', action: { type: 'tenant.viewAssignments' }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F4', title: 'a view admin sees nothing more', actor: 'vic', action: { type: 'tenant.viewDirectory' }, resource: t, effect: 'deny', reasons: required },
  { spec: 'F5', title: 'a tenant admin sees the directory', actor: 'tina', action: { type: 'tenant.viewDirectory' }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F5', title: 'a tenant admin sees the assignments', actor: 'tina', action: { type: 'tenant.viewAssignments' }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F5', title: 'a tenant admin disables a user', actor: 'tina', action: { type: 'tenant.setAccountStatus', enabled: false }, resource: on('mia'), effect: 'allow', reasons: held },
  { spec: 'F5', title: 'a tenant admin turns a switch on (R30)', actor: 'tina', action: { type: 'tenant.setSwitch', switch: 'userManagement', on: true }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F5', title: 'a user admin does not set switches', actor: 'uma', action: { type: 'tenant.setSwitch', switch: 'exceptionUsers', on: true }, resource: t, effect: 'deny', reasons: required },
  { spec: 'F7', title: 'the last tenant admin cannot be removed (I20)', world: onlyTina, actor: 'tina', action: { type: 'tenant.unassignRole', role: 'tenantAdmin' }, resource: on('tina'), effect: 'deny', reasons: ['tenant_roles.last_tenant_admin'] },
  { spec: 'F7', title: 'the last enabled tenant admin cannot be disabled', world: onlyTina, actor: 'tina', action: { type: 'tenant.setAccountStatus', enabled: false }, resource: on('tina'), effect: 'deny', reasons: ['tenant_roles.last_tenant_admin'] },
  { spec: 'F7', title: 'a tenant admin who is not the last may be removed', actor: 'tina', action: { type: 'tenant.unassignRole', role: 'tenantAdmin' }, resource: on('tom'), effect: 'allow', reasons: held },
  { spec: 'F7', title: 'a role the user does not hold cannot be removed', actor: 'tina', action: { type: 'tenant.unassignRole', role: 'auditor' }, resource: on('out'), effect: 'deny', reasons: ['tenant_roles.role_not_held'] },
  { spec: 'F8', title: 'a user admin disables a user', actor: 'uma', action: { type: 'tenant.setAccountStatus', enabled: false }, resource: on('mia'), effect: 'allow', reasons: held },
  { spec: 'F8', title: 'a WSA does not change account status', actor: 'wanda', action: { type: 'tenant.setAccountStatus', enabled: true }, resource: on('mia'), effect: 'deny', reasons: required },
  { spec: 'F9', title: 'an email longer than 60 characters', actor: 'uma', action: create(`${'a'.repeat(50)}@acme.example`), resource: t, effect: 'deny', reasons: ['tenant_roles.invalid_email'] },
  { spec: 'F9', title: 'an email that is not well formed', actor: 'uma', action: create('newbie.acme.example'), resource: t, effect: 'deny', reasons: ['tenant_roles.invalid_email'] },
  { spec: 'F9', title: 'an email starting with _', actor: 'uma', action: create('_newbie@acme.example'), resource: t, effect: 'deny', reasons: ['tenant_roles.invalid_email'] },
  { spec: 'F9', title: 'an email ending with _', actor: 'uma', action: create('newbie@acme.example_'), resource: t, effect: 'deny', reasons: ['tenant_roles.invalid_email'] },
  { spec: 'F9', title: 'an email already in use', actor: 'uma', action: create('TINA@acme.example'), resource: t, effect: 'deny', reasons: ['tenant_roles.email_in_use'] },
  { spec: 'F9', title: 'the workspaces must exist', actor: 'uma', action: create('newbie@acme.example', ['nowhere']), resource: t, effect: 'deny', reasons: ['request.unknown_id'] },
  { spec: 'F9', title: 'at least one workspace', actor: 'uma', action: create('newbie@acme.example', []), resource: t, effect: 'deny', reasons: ['tenant_roles.user_requires_workspace'] },
  { spec: 'F9', title: 'the user id must be free', actor: 'uma', action: create('newbie@acme.example', ['sales'], 'mia'), resource: t, effect: 'deny', reasons: ['tenant_roles.user_exists'] },
  { spec: 'F10', title: 'a security admin manages SSO', actor: 'sec', action: { type: 'tenant.manageSso' }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F10', title: 'a tenant admin does not manage SSO', actor: 'tina', action: { type: 'tenant.manageSso' }, resource: t, effect: 'deny', reasons: required },
  { spec: 'F11', title: 'an auditor reads audit when licensed', world: acme({ auditLicensed: true }), actor: 'aud', action: { type: 'tenant.readAudit' }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F11', title: 'without the licence the auditor role grants nothing', actor: 'aud', action: { type: 'tenant.readAudit' }, resource: t, effect: 'deny', reasons: ['tenant_roles.audit_not_licensed'] },
  { spec: 'F11', title: 'a tenant admin does not read audit', world: acme({ auditLicensed: true }), actor: 'tina', action: { type: 'tenant.readAudit' }, resource: t, effect: 'deny', reasons: required },
  { spec: 'F12', title: 'a page builder builds pages', actor: 'pat', action: { type: 'tenant.buildPages' }, resource: t, effect: 'allow', reasons: held },
  { spec: 'F12', title: 'Page Builder to a user with model access', actor: 'tina', action: assign('pageBuilder'), resource: on('mia'), effect: 'allow', reasons: held },
  { spec: 'F12', title: 'Page Builder needs access to a model (No Access is none)', actor: 'tina', action: assign('pageBuilder'), resource: on('nora'), effect: 'deny', reasons: ['tenant_roles.page_builder_requires_model_access'] },
  { spec: 'F12', title: 'Page Builder is assigned by tenant admins only', actor: 'uma', action: assign('pageBuilder'), resource: on('mia'), effect: 'deny', reasons: required },
  { spec: 'F14', title: 'a WSA assigns an exception user while the switch is off', actor: 'wanda', action: sso('sales'), resource: on('mia'), effect: 'allow', reasons: ['tenant_roles.workspace_admin_assigns_exceptions'] },
  { spec: 'F14', title: 'a WSA may not while the switch is on (I23)', world: acme({ switches: { exceptionUsers: true } }), actor: 'wanda', action: sso('sales'), resource: on('mia'), effect: 'deny', reasons: ['tenant_roles.exception_switch_on'] },
  { spec: 'F14', title: 'a security admin always may (I23)', world: acme({ switches: { exceptionUsers: true } }), actor: 'sec', action: sso('sales'), resource: on('mia'), effect: 'allow', reasons: held },
  { spec: 'F14', title: 'an ordinary member may not', actor: 'mia', action: sso('sales'), resource: on('nora'), effect: 'deny', reasons: required },
  { spec: 'F15', title: 'the exception user must be a member of the workspace', actor: 'sec', action: sso('sales'), resource: on('out'), effect: 'deny', reasons: ['tenant_roles.not_a_member'] },
  { spec: 'F16', title: 'a visitor may be given Page Builder', actor: 'tina', action: assign('pageBuilder'), resource: on('val'), effect: 'allow', reasons: held },
  { spec: 'F17', title: 'IA to a WSA of a workspace with a model', actor: 'tina', action: assign('integrationAdmin'), resource: on('wanda'), effect: 'allow', reasons: held },
  { spec: 'F17', title: 'IA needs the assignee to be a WSA of a model (I19)', actor: 'tina', action: assign('integrationAdmin'), resource: on('mia'), effect: 'deny', reasons: ['tenant_roles.ia_requires_workspace_admin'] },
  { spec: 'F17', title: 'a WSA of a workspace without models does not qualify', actor: 'tina', action: assign('integrationAdmin'), resource: on('walt'), effect: 'deny', reasons: ['tenant_roles.ia_requires_workspace_admin'] },
  { spec: 'F17', title: 'IA only by tenant admins (I19)', actor: 'uma', action: assign('integrationAdmin'), resource: on('wanda'), effect: 'deny', reasons: required },
  { spec: 'F17', title: 'IA is for internal users only (A22)', actor: 'tina', action: assign('integrationAdmin'), resource: on('val'), effect: 'deny', reasons: ['tenant_roles.internal_users_only', 'tenant_roles.ia_requires_workspace_admin'] },
  { spec: 'F57', title: 'SSO exceptions are per workspace: a WSA of sales does not set them in ops (F58)', actor: 'wanda', action: sso('ops'), resource: on('mia'), effect: 'deny', reasons: [...required, 'tenant_roles.not_a_member'] },
  { spec: 'A46', title: 'IA to an RIU is allowed with a warning', actor: 'tina', action: assign('integrationAdmin'), resource: on('rex'), effect: 'allow', reasons: held, warnings: ['tenant_roles.holds_ia_and_riu'] },
  { spec: 'A46', title: 'RIU to an IA is allowed with a warning', world: tenant([user('tina', { roles: ['tenantAdmin'] }), user('ian', { roles: ['integrationAdmin'] })], [{ id: 'sales' }]), actor: 'tina', action: assign('restrictedIntegrationUser', ['sales']), resource: on('ian'), effect: 'allow', reasons: held, warnings: ['tenant_roles.holds_ia_and_riu'] },
  { spec: 'F5', title: 'a disabled tenant admin can do nothing', world: tenant([user('tina', { roles: ['tenantAdmin'], enabled: false }), user('tom', { roles: ['tenantAdmin'] })], []), actor: 'tina', action: { type: 'tenant.viewDirectory' }, resource: t, effect: 'deny', reasons: ['tenant_roles.account_disabled'] },
  { spec: 'F8', title: 'a disabled user is capped on data acts too', actor: 'dis', action: { type: 'model.manage', setting: 'modules' }, resource: resource.model(id.model('fp')), effect: 'deny', reasons: ['tenant_roles.account_disabled'] },
]

describe('tenantRoles', () => {
  const base = compiled({ tenant: acme() })
  for (const row of rows) {
    it(`${row.spec} ${row.title}`, () => {
      const world = row.world === undefined ? base : compiled({ tenant: row.world })
      const decision = ask(world, { subject: subject.user(id.user(row.actor)), action: row.action, resource: row.resource })
      expect({ effect: decision.effect, reasons: codes(decision.reasons), warnings: codes(decision.warnings) }).toEqual({
        effect: row.effect,
        reasons: [...row.reasons].sort(),
        warnings: [...(row.warnings ?? [])].sort(),
      })
    })
  }

  it('the Internal alias is not an administrator', () => {
    const decision = ask(base, { subject: subject.internalAlias, action: { type: 'tenant.viewDirectory' }, resource: t })
    expect(codes(decision.reasons)).toEqual(['request.subject_not_supported'])
  })

  it('an unknown actor is an unknown id', () => {
    const decision = ask(base, { subject: subject.user(id.user('ghost')), action: { type: 'tenant.viewDirectory' }, resource: t })
    expect(codes(decision.reasons)).toEqual(['request.unknown_id'])
  })

  it('F5 F8 the disabled-account cap is registered for every planning action type', () => {
    const planning = Object.keys(actionSpecs).filter((type) => /^(tenant|workspace|model|cell|listItem|list|modelAction|cloudworks)\./.test(type))
    expect(planning.length).toBeGreaterThan(20)
    expect(planning.filter((type) => !Object.hasOwn(modules.tenantRoles.handlers, type))).toEqual([])
  })
})
