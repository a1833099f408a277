// @ts-nocheck
import fc from 'fast-check'
import { id, resource, subject, type Command, type TenantInput } from '../../../src/index.js'
import { userIds } from '../../support/arbitraries/tenant.js'
import { commandProperties, type CommandDomain } from '../../support/command-properties.js'
import { modelStructureArb, t0, tenantWithListsArb } from '../../support/commands.js'

/** The generated tenants with u0 an enabled internal WSA of every workspace with Full Access in every model, so model structure acts often apply. */
const withAdmin = (tenant: TenantInput): TenantInput => ({
  ...tenant,
  users: tenant.users.map((user) => (user.id === 'u0' ? { ...user, kind: 'internal', enabled: true } : user)),
  workspaces: tenant.workspaces.map((ws) => ({ ...ws, members: [...(ws.members ?? []).filter((m) => m.user !== 'u0'), { user: 'u0', admin: true }] })),
  models: tenant.models.map((m) => ({ ...m, assignments: [...(m.assignments ?? []).filter((a) => a.user !== 'u0'), { user: 'u0', role: 'fullAccess' }] })),
})

const commands: fc.Arbitrary<Command> = fc
  .record({ actor: fc.constantFrom('u0', 'u0', 'u0', 'u1'), act: modelStructureArb, minute: fc.integer({ min: 0, max: 59 }), tiebreak: fc.nat({ max: 3 }) })
  .map(({ actor, act, minute, tiebreak }) => ({ actor: subject.user(id.user(actor)), ...act, at: t0 + minute * 60_000, tiebreak }) as Command)

const models = ['m0', 'm1', 'm2']
const domain: CommandDomain = {
  worlds: tenantWithListsArb.map((tenant) => ({ tenant: withAdmin(tenant) })),
  commands,
  probes: userIds.flatMap((user) =>
    models.flatMap((m) =>
      (
        [
          [{ type: 'list.editStructure' }, resource.list(id.model(m), id.list('regions'))],
          [{ type: 'modelAction.run' }, resource.modelAction(id.model(m), id.modelAction('eAll'))],
          [{ type: 'listItem.read' }, resource.listItem(id.model(m), id.list('regions'), id.item('emea'))],
        ] as const
      ).map(([action, target]) => [subject.user(id.user(user)), action, target] as const),
    ),
  ),
}

commandProperties('model structure', domain, 120)
