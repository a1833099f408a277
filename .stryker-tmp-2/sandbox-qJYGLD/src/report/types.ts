// @ts-nocheck
import type { Decision } from '../decision/decision.js'
import type { Finding } from '../lint/index.js'
import type { Subject } from '../domain/subject.js'
import type { FindingSeverity } from '../lint/index.js'

/**
 * What a subject may do on the cells of one module at one version: `none`, `read` or `write` when
 * every cell says the same, `partial` when the level varies from cell to cell.
 *
 * @example
 * ```ts
 * const level: CellsLevel = 'partial'
 * ```
 */
export type CellsLevel = 'none' | 'read' | 'write' | 'partial'

/**
 * One square of the matrix: the level and how many of the cells are readable and writable.
 *
 * @example
 * ```ts
 * const square: Square = { level: 'partial', read: 12, write: 4, cells: 12 }
 * ```
 */
export interface Square {
  readonly level: CellsLevel
  /** How many cells `decide` lets the subject read (`cell.read`, interactive). */
  readonly read: number
  /** How many cells `decide` lets the subject write (`cell.write`, interactive). */
  readonly write: number
  /** How many cells the module has at that version: its line items times the items of its lists. */
  readonly cells: number
}

/**
 * A column of the matrix: one module at one version.
 *
 * @example
 * ```ts
 * const column: Column = { module: 'spend', version: 'budget' }
 * ```
 */
export interface Column {
  readonly module: string
  readonly version: string
}

/**
 * One selective-access grant of a subject: `level` on `item` of `list` and, by inheritance, below it.
 *
 * @example
 * ```ts
 * const grant: ScopeGrant = { list: 'cost-centre', item: 'cc-berlin', level: 'write' }
 * ```
 */
export interface ScopeGrant {
  readonly list: string
  readonly item: string
  readonly level: 'read' | 'write'
}

/**
 * A row of the matrix: a user of the model's workspace, or the alias (Internal (Full Access)).
 *
 * @example
 * ```ts
 * row.squares[i].level // the level of row.subject on columns[i]
 * ```
 */
export interface Row {
  readonly subject: Subject
  /** The user id, or `Internal (Full Access)` for the alias. */
  readonly label: string
  /** The subject's selective-access grants in the model. */
  readonly scope: readonly ScopeGrant[]
  /** One square per column, in the order of the model's columns. */
  readonly squares: readonly Square[]
}

/**
 * The matrix of one model: its workspace's members and the alias, by module and version.
 *
 * @example
 * ```ts
 * report.models.map((model: ModelReport) => model.rows.length)
 * ```
 */
export interface ModelReport {
  readonly id: string
  readonly workspace: string
  readonly columns: readonly Column[]
  readonly rows: readonly Row[]
}

/**
 * One integration: its set-up, the decision on its scheduled run (who it runs as, or why it is denied),
 * and that decision's warnings.
 *
 * @example
 * ```ts
 * integration.run.actor // the run identity: { kind: 'internalAlias' } or a user
 * ```
 */
export interface IntegrationReport {
  readonly id: string
  readonly workspace: string
  readonly restricted: boolean
  readonly runAs: string | undefined
  readonly lastRunBy: string | undefined
  readonly steps: readonly { readonly model: string; readonly action: string }[]
  /** The decision on a scheduled run (`cloudworks.run` by the scheduler). */
  readonly run: Decision
  /** The run identity in words: the user, `Internal (Full Access)`, or `denied`. */
  readonly runsAs: string
  /** The decision in English, one reason or warning a line. */
  readonly explanation: readonly string[]
}

/**
 * A lint finding with its severity and its English.
 *
 * @example
 * ```ts
 * report.findings.filter((f: ReportFinding) => f.severity === 'error')
 * ```
 */
export interface ReportFinding {
  readonly severity: FindingSeverity
  readonly finding: Finding
  readonly message: string
}

/**
 * Everything the access report shows, as data: what `accessgrid review` renders.
 *
 * @example
 * ```ts
 * const report: AccessReport = accessReport(world)
 * ```
 */
export interface AccessReport {
  readonly models: readonly ModelReport[]
  readonly integrations: readonly IntegrationReport[]
  readonly findings: readonly ReportFinding[]
}
