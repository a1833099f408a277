// @ts-nocheck
import { decideCells, type CellBatch } from '../batch/cells.js'
import type { Subject } from '../domain/subject.js'
import { id } from '../domain/ids.js'
import { subject } from '../domain/subject.js'
import type { ModelInput, TenantInput } from '../snapshot/input/tenant.js'
import type { World } from '../snapshot/snapshot.js'
import type { CellsLevel, Column, ModelReport, Row, ScopeGrant, Square } from './types.js'

/**
 * The level of a square from its counts: every cell the same gives that level, else `partial`.
 *
 * @example
 * ```ts
 * levelOf(4, 0, 4) // 'read'
 * levelOf(4, 1, 4) // 'partial'
 * ```
 */
export const levelOf = (read: number, write: number, cells: number): CellsLevel =>
  write === cells && read === cells ? 'write' : read === 0 && write === 0 ? 'none' : read === cells && write === 0 ? 'read' : 'partial'

const read = { type: 'cell.read', channel: 'interactive' } as const
const write = { type: 'cell.write', channel: 'interactive' } as const

/** The squares of one subject on every column of a model: each module's line items counted at each version. */
const squaresOf = (batch: CellBatch, who: Subject, model: ModelInput, columns: readonly Column[]): readonly Square[] => {
  const modules = new Map((model.modules ?? []).map((module) => [module.id, module]))
  return columns.map(({ module: moduleId, version }) => {
    const lineItems = modules.get(moduleId)?.lineItems ?? []
    let [reads, writes, cells] = [0, 0, 0]
    for (const lineItem of lineItems) {
      const slice = { model: id.model(model.id), module: id.module(moduleId), lineItem: id.lineItem(lineItem.id), version: id.version(version) }
      const readable = batch(who, read, slice)
      reads += readable.count()
      writes += batch(who, write, slice).count()
      cells += readable.items.reduce((product, items) => product * items.length, 1)
    }
    return { level: levelOf(reads, writes, cells), read: reads, write: writes, cells }
  })
}

/**
 * The label of the alias in the report, as the product names it.
 *
 * @example
 * ```ts
 * row.label === aliasLabel // the alias's row
 * ```
 */
export const aliasLabel = 'Internal (Full Access)'

/**
 * The matrix of one model: a row for each member of its workspace (in the workspace's order) and one
 * for the alias, a column for each module at each version, each square counted from `decideCells`.
 *
 * @example
 * ```ts
 * modelMatrix(world, encode(world).tenant, model).rows[0].squares
 * ```
 */
export const modelMatrix = (world: World, tenant: TenantInput, model: ModelInput): ModelReport => {
  const batch = decideCells(world)
  const columns = (model.modules ?? []).flatMap((module) => (model.versions ?? []).map((version) => ({ module: module.id, version: version.id })))
  const members = tenant.workspaces.find((workspace) => workspace.id === model.workspace)?.members ?? []
  const scopeOf = (user: string): readonly ScopeGrant[] =>
    (model.selectiveAccess ?? []).filter((grant) => grant.user === user).map(({ list, item, level }) => ({ list, item, level }))
  const users: readonly Row[] = members.map(({ user }) => {
    const who = subject.user(id.user(user))
    return { subject: who, label: user, scope: scopeOf(user), squares: squaresOf(batch, who, model, columns) }
  })
  const alias: Row = {
    subject: subject.internalAlias,
    label: aliasLabel,
    scope: model.internalAlias?.selectiveAccess ?? [],
    squares: squaresOf(batch, subject.internalAlias, model, columns),
  }
  return { id: model.id, workspace: model.workspace, columns, rows: [...users, alias] }
}
