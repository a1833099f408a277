// @ts-nocheck
import { lattice } from '../domain/lattice.js'
import { resource } from '../domain/resource.js'
import { subject, type Actor, type Session } from '../domain/subject.js'
import type { ModelRecord, SelectiveAccessGrants, TenantSnapshot } from '../snapshot/tenant/types.js'
import type { RowRequest } from './review-row.js'

/**
 * Model rows: per model, the Internal (Full Access) alias (Full Access with an entry, No Access
 * without, A33), then every user who is a member of its workspace or assigned a role in it, in the
 * tenant's order, each with `model.open`: their role, or why they cannot open it.
 *
 * @example
 * ```ts
 * [...modelRows(tenant, session)].filter((row) => row.subject.kind === 'internalAlias')
 * ```
 */
export function* modelRows(tenant: TenantSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const model of tenant.models.values()) {
    const open = { section: 'model', scope: model.id, action: { type: 'model.open' }, resource: resource.model(model.id) } as const
    yield { ...open, subject: subject.internalAlias, grant: model.internalAlias === undefined ? 'noEntry' : 'aliasEntry' }
    const members = tenant.workspaces.get(model.workspace)?.members
    for (const user of tenant.users.keys()) {
      const role = model.assignments.get(user)
      const membership = members?.get(user)
      if (role === undefined && membership === undefined) continue
      const grant = `${role === undefined ? 'noRole' : `role:${role}`}${membership?.admin === true ? '+workspaceAdmin' : membership === undefined ? '+notMember' : ''}`
      yield { ...open, subject: subject.user(user, session), grant }
    }
  }
}

function* grantRows(model: ModelRecord, who: Actor, grants: SelectiveAccessGrants): Generator<RowRequest> {
  for (const [list, items] of grants)
    for (const [item, rank] of items)
      yield {
        section: 'selectiveAccess',
        subject: who,
        scope: `${model.id}/${list}/${item}`,
        grant: lattice.access.levels[rank] ?? 'none',
        action: { type: rank === 2 ? 'listItem.write' : 'listItem.read' },
        resource: resource.listItem(model.id, list, item),
      }
}

/**
 * Selective-access rows: every explicit grant, the alias's first (R13, F29), each with the list-item
 * act at the granted level, which the model role and the membership gate may still deny (I8, I16).
 *
 * @example
 * ```ts
 * [...selectiveAccessRows(tenant, session)].map((row) => `${row.subjectName} ${row.grant} ${row.scope}`)
 * ```
 */
export function* selectiveAccessRows(tenant: TenantSnapshot, session: Session | undefined): Generator<RowRequest> {
  for (const model of tenant.models.values()) {
    if (model.internalAlias !== undefined) yield* grantRows(model, subject.internalAlias, model.internalAlias)
    for (const [user, grants] of model.selectiveAccess) yield* grantRows(model, subject.user(user, session), grants)
  }
}
