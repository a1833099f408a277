/**
 * The tenant the tenant-role and workspace tests share: one person per administration role, a
 * workspace with a model, an empty workspace and one without members.
 */
import type { TenantInput } from '../../src/index.js'
import { member, model, tenant, user, visitor, workspace, wsa } from './tenant-world.js'

/** Who is who in the acme tenant. */
export const people = {
  tina: 'tenant admin (not a user admin)',
  tom: 'second tenant admin',
  uma: 'user admin',
  sec: 'tenant security admin',
  aud: 'tenant auditor',
  enc: 'encryption admin',
  vic: 'view admin',
  pat: 'page builder',
  wanda: 'WSA of sales (No Access role in fp)',
  walt: 'WSA of empty (a workspace without models)',
  mia: 'member of sales, Full Access in fp',
  nora: 'member of sales, No Access in fp',
  val: 'visiting member of sales, Full Access in fp',
  vera: 'visiting user, no membership',
  riu: 'RIU for sales, not a member',
  rex: 'RIU for sales and WSA of sales',
  dis: 'disabled WSA of sales',
  out: 'internal user with nothing',
} as const

/** The acme tenant; `options` sets switches and the audit licence. */
export const acme = (options: Pick<TenantInput, 'switches' | 'auditLicensed'> = {}): TenantInput =>
  tenant(
    [
      user('tina', { roles: ['tenantAdmin'], email: 'tina@acme.example' }),
      user('tom', { roles: ['tenantAdmin'] }),
      user('uma', { roles: ['userAdmin'] }),
      user('sec', { roles: ['securityAdmin'] }),
      user('aud', { roles: ['auditor'] }),
      user('enc', { roles: ['encryptionAdmin'] }),
      user('vic', { roles: ['viewAdmin'] }),
      user('pat', { roles: ['pageBuilder'] }),
      user('wanda'),
      user('walt'),
      user('mia'),
      user('nora'),
      visitor('val'),
      visitor('vera'),
      user('riu', { restrictedIntegrationWorkspaces: ['sales'] }),
      user('rex', { restrictedIntegrationWorkspaces: ['sales'] }),
      user('dis', { enabled: false }),
      user('out'),
    ],
    [
      workspace('sales', wsa('wanda'), member('mia'), member('nora'), member('val'), wsa('rex'), wsa('dis')),
      workspace('empty', wsa('walt')),
      workspace('ops'),
    ],
    [
      model('fp', 'sales', { wanda: 'noAccess', mia: 'fullAccess', nora: 'noAccess', val: 'fullAccess', rex: 'fullAccess', dis: 'fullAccess' }, {
        roles: [{ id: 'analyst' }],
      }),
      model('ops-plan', 'ops'),
    ],
    options,
  )
