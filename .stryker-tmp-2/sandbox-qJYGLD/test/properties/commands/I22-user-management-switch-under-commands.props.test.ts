// @ts-nocheck
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { id, subject, type Command, type TenantInput } from '../../../src/index.js'
import { logArb, tenantWithListsArb } from '../../support/commands.js'
import { actorHolds, codesOf, tenantOf, walk } from '../../support/command-steps.js'
import { compileTenant } from '../../support/commands.js'

/** The workspace a membership command is about, if it is one. */
const workspaceOf = (command: Command): string | undefined => {
  const { action, resource } = command
  if (action.type === 'workspace.addUser' || action.type === 'workspace.removeUser') return action.workspace
  return action.type === 'workspace.importUsers' && resource.kind === 'workspace' ? resource.id : undefined
}

/** Membership commands made by a workspace administrator of their workspace, when it has one: the case I22 is about. */
const byAdmins = (tenant: TenantInput, log: readonly Command[]): readonly Command[] =>
  log.map((command) => {
    const ws = workspaceOf(command)
    const admin = tenant.workspaces.find((w) => w.id === ws)?.members?.find((m) => m.admin === true)?.user
    return admin === undefined ? command : { ...command, actor: subject.user(id.user(admin)) }
  })

describe('I22 under commands', () => {
  it('I22 with the switch on, a WSA who is not a user admin changes no membership from a model or by import; a user admin is never blocked', () => {
    fc.assert(
      fc.property(tenantWithListsArb, logArb(20), (tenant, log) => {
        for (const step of walk(compileTenant(tenant), byAdmins(tenant, log))) {
          const { action } = step.command
          const switchOn = tenantOf(step.before).switches?.userManagement === true
          const userAdmin = actorHolds(step.before, step.command, 'userAdmin')
          const membershipBefore = JSON.stringify(tenantOf(step.before).workspaces)
          const byWsa = (action.type === 'workspace.addUser' || action.type === 'workspace.removeUser') && action.via !== 'administration'
          if (switchOn && !userAdmin && byWsa) expect(step.result._tag).toBe('Left')
          if (switchOn && !userAdmin && action.type === 'workspace.importUsers')
            expect(JSON.stringify(tenantOf(step.after).workspaces)).toBe(membershipBefore)
          if (userAdmin) expect(codesOf(step)).not.toContain('workspace.user_management_switch_on')
        }
      }),
      { numRuns: 150 },
    )
  })
})
