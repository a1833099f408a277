// @ts-nocheck
import type { AccessReport, IntegrationReport, ModelReport, ReportFinding, Row, ScopeGrant, Square } from './types.js'

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text made safe for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>') // '&lt;b&gt;'
 * ```
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c)

const style = `
:root { --none:#f1f3f5; --none-ink:#868e96; --read:#d0ebff; --read-ink:#1864ab; --write:#b2f2bb; --write-ink:#2b8a3e; --partial:#ffec99; --partial-ink:#a35d00; --line:#dee2e6; --ink:#212529; --muted:#6c757d; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header { padding: 20px 32px 16px; border-bottom: 1px solid var(--line); background: #f8f9fa; }
h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
h2 { margin: 0 0 4px; font-size: 18px; font-weight: 600; }
h3 { margin: 16px 0 6px; font-size: 15px; font-weight: 600; }
main { padding: 8px 32px 40px; }
section { margin-top: 28px; }
.muted { color: var(--muted); }
.summary { display: flex; gap: 24px; margin-top: 8px; color: var(--muted); }
.summary b { color: var(--ink); font-size: 18px; margin-right: 4px; }
.legend { display: flex; gap: 12px; margin: 12px 0 0; align-items: center; flex-wrap: wrap; }
.legend span { padding: 2px 10px; border-radius: 4px; font-size: 12px; }
.lv-none { background: var(--none); color: var(--none-ink); }
.lv-read { background: var(--read); color: var(--read-ink); }
.lv-write { background: var(--write); color: var(--write-ink); font-weight: 600; }
.lv-partial { background: repeating-linear-gradient(135deg, var(--partial) 0 6px, #fff9db 6px 12px); color: var(--partial-ink); }
.lv-empty { background: #fff; color: #ced4da; }
.scroll { display: inline-block; max-width: 100%; overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 6px; margin-top: 10px; vertical-align: top; }
table.matrix { border-collapse: separate; border-spacing: 0; font-size: 12px; table-layout: fixed; }
.matrix th, .matrix td { border-right: 1px solid #fff; border-bottom: 1px solid #fff; padding: 4px 6px; text-align: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.scroll .head { position: sticky; top: 0; z-index: 2; }
.chunk { content-visibility: auto; }
.matrix td, .matrix tbody th { height: 26px; }
.matrix thead th { background: #f8f9fa; color: var(--ink); font-weight: 600; border-bottom: 1px solid var(--line); }
.matrix thead tr:nth-child(2) th { font-weight: 400; color: var(--muted); }
.matrix th.module { border-left: 2px solid var(--line); }
.matrix tbody th { position: sticky; left: 0; background: #fff; text-align: left; font-weight: 500; border-right: 1px solid var(--line); z-index: 0; }
.matrix thead th.corner { position: sticky; left: 0; z-index: 3; text-align: left; }
.matrix td.first { border-left: 2px solid #fff; }
.matrix tr.alias th { font-style: italic; }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; background: #e7f5ff; color: var(--read-ink); font-size: 11px; font-weight: 500; cursor: help; }
details { margin-top: 10px; }
summary { cursor: pointer; color: var(--read-ink); }
ul.scope { margin: 6px 0 0; padding-left: 20px; columns: 3 260px; }
table.list { border-collapse: collapse; margin-top: 8px; width: 100%; }
.list th, .list td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
.list th { background: #f8f9fa; font-weight: 600; }
.sev { display: inline-block; padding: 1px 8px; border-radius: 8px; font-size: 12px; font-weight: 600; }
.sev-error { background: #ffe3e3; color: #c92a2a; }
.sev-warning { background: #fff3bf; color: #a35d00; }
.sev-info { background: #e7f5ff; color: #1864ab; }
.run-allow { color: var(--write-ink); font-weight: 600; }
.run-deny { color: #c92a2a; font-weight: 600; }
.warning { color: #a35d00; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f3f5; padding: 0 4px; border-radius: 3px; }
nav a { margin-right: 14px; color: var(--read-ink); text-decoration: none; }
`

const scopeText = (scope: readonly ScopeGrant[]): string => scope.map((grant) => `${grant.list}: ${grant.item} ${grant.level}`).join('\n')

/** A square: its level as class and text; a partial one says on hover how many cells it reads and writes (the others read or write all or none). */
const squareHtml = (square: Square, first: boolean): string => {
  const level = square.cells === 0 ? 'empty' : square.level
  const title = level === 'partial' ? ` title="reads ${square.read}, writes ${square.write} of ${square.cells} cells"` : ''
  return `<td class="lv-${level}${first ? ' first' : ''}"${title}>${level === 'empty' ? '·' : level}</td>`
}

const rowHtml = (row: Row, firstOfModule: readonly boolean[]): string => {
  const badge = row.scope.length === 0 ? '' : `<span class="badge" title="${escapeHtml(`Selective access:\n${scopeText(row.scope)}`)}">SA ${row.scope.length}</span>`
  const key = row.subject.kind === 'user' ? row.subject.id : row.subject.kind
  return `<tr data-subject="${escapeHtml(key)}"${row.subject.kind === 'user' ? '' : ' class="alias"'}><th>${escapeHtml(row.label)}${badge}</th>${row.squares
    .map((square, i) => squareHtml(square, firstOfModule[i] ?? false))
    .join('')}</tr>`
}

/** Fixed sizes, so the browser lays a matrix of any height out from its first row (table-layout: fixed). */
const [userWidth, squareWidth, rowHeight, rowsPerChunk] = [200, 76, 26, 200]

const chunksOf = <T>(items: readonly T[], size: number): readonly (readonly T[])[] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/**
 * The matrix: a header table that stays on top, then the rows in tables of 200 that share its column
 * widths; the browser skips laying out and painting the chunks off screen (content-visibility), so a
 * matrix of 10,000 users opens as fast as one of 200.
 */
const matrixHtml = (model: ModelReport): string => {
  const modules = [...new Set(model.columns.map((column) => column.module))]
  const firstOfModule = model.columns.map((column, i) => i === 0 || model.columns[i - 1]?.module !== column.module)
  const table = `<table class="matrix" style="width:${userWidth + squareWidth * model.columns.length}px"><colgroup><col style="width:${userWidth}px"></colgroup>`
  const head = `${table}<thead><tr><th class="corner" rowspan="2">user</th>${modules
    .map((module) => `<th class="module" colspan="${model.columns.filter((c) => c.module === module).length}">${escapeHtml(module)}</th>`)
    .join('')}</tr>
<tr>${model.columns.map((column, i) => `<th data-module="${escapeHtml(column.module)}" data-version="${escapeHtml(column.version)}"${firstOfModule[i] === true ? ' class="module"' : ''}>${escapeHtml(column.version)}</th>`).join('')}</tr></thead></table>`
  const chunks = chunksOf(model.rows, rowsPerChunk).map(
    (rows) => `<div class="chunk" style="contain-intrinsic-size:auto ${rows.length * rowHeight}px">${table}<tbody>
${rows.map((row) => rowHtml(row, firstOfModule)).join('\n')}
</tbody></table></div>`,
  )
  return `<div class="scroll"><div class="head">${head}</div>${chunks.join('\n')}</div>`
}

const modelHtml = (model: ModelReport): string => {
  const scoped = model.rows.filter((row) => row.scope.length > 0)
  return `<section id="model-${escapeHtml(model.id)}" data-model="${escapeHtml(model.id)}">
<h2>Model ${escapeHtml(model.id)}</h2>
<div class="muted">Workspace ${escapeHtml(model.workspace)}: ${model.rows.length - 1} members and Internal (Full Access), by module and version. Hover a partial square for its counts, a badge for the user's selective access.</div>
${model.columns.length === 0 ? '<p class="muted">No modules or no versions: no cells to show.</p>' : matrixHtml(model)}
${
  scoped.length === 0
    ? ''
    : `<details><summary>Selective-access scope (${scoped.length} of ${model.rows.length})</summary><ul class="scope">${scoped
        .map((row) => `<li><b>${escapeHtml(row.label)}</b>: ${row.scope.map((g) => `${escapeHtml(g.list)} <code>${escapeHtml(g.item)}</code> ${g.level}`).join(', ')}</li>`)
        .join('')}</ul></details>`
}
</section>`
}

const integrationHtml = (integration: IntegrationReport): string => `<tr data-integration="${escapeHtml(integration.id)}">
<td><b>${escapeHtml(integration.id)}</b><div class="muted">${integration.restricted ? 'restricted' : 'unrestricted'}, workspace ${escapeHtml(integration.workspace)}</div></td>
<td class="${integration.run.effect === 'allow' ? 'run-allow' : 'run-deny'}">${escapeHtml(integration.runsAs)}</td>
<td>${integration.runAs === undefined ? '<span class="muted">—</span>' : escapeHtml(integration.runAs)}</td>
<td>${integration.lastRunBy === undefined ? '<span class="muted">never</span>' : escapeHtml(integration.lastRunBy)}</td>
<td>${integration.steps.length === 0 ? '<span class="muted">none</span>' : integration.steps.map((s) => `<code>${escapeHtml(s.model)}/${escapeHtml(s.action)}</code>`).join(' ')}</td>
<td>${integration.explanation.map((line) => `<div${line.startsWith('Warning:') ? ' class="warning"' : ''}>${escapeHtml(line)}</div>`).join('')}</td>
</tr>`

const integrationsHtml = (integrations: readonly IntegrationReport[]): string =>
  `<section id="integrations"><h2>Integrations</h2>${
    integrations.length === 0
      ? '<p class="muted">No integrations.</p>'
      : `<div class="muted">Who each scheduled run acts as (its run identity), and what its runs are warned of.</div><table class="list"><thead><tr><th>integration</th><th>runs as</th><th>run-as</th><th>last run by</th><th>steps</th><th>decision on a scheduled run</th></tr></thead><tbody>${integrations.map(integrationHtml).join('')}</tbody></table>`
  }</section>`

const findingsHtml = (findings: readonly ReportFinding[]): string =>
  `<section id="findings"><h2>Findings</h2>${
    findings.length === 0
      ? '<p class="muted">The lint found nothing.</p>'
      : `<table class="list"><thead><tr><th>severity</th><th>finding</th><th>explanation</th></tr></thead><tbody>${findings
          .map((f) => `<tr><td><span class="sev sev-${f.severity}">${f.severity}</span></td><td><code>${escapeHtml(f.finding.code)}</code></td><td>${escapeHtml(f.message)}</td></tr>`)
          .join('')}</tbody></table>`
  }</section>`

const count = (n: number, noun: string): string => `<span><b>${n}</b>${noun}${n === 1 ? '' : 's'}</span>`

/**
 * The access report as one self-contained HTML page: inline styles, no script, no network.
 *
 * @example
 * ```ts
 * import { accessReport, reportHtml } from 'accessgrid'
 * writeFileSync('report.html', reportHtml(accessReport(world), { title: 'world.json' }))
 * ```
 */
export const reportHtml = (report: AccessReport, options: { readonly title: string }): string => {
  const users = new Set(report.models.flatMap((model) => model.rows.filter((row) => row.subject.kind === 'user').map((row) => row.label)))
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Access report: ${escapeHtml(options.title)}</title><style>${style}</style></head>
<body><header><h1>Access report: ${escapeHtml(options.title)}</h1>
<div class="summary">${count(report.models.length, 'model')}${count(users.size, 'user')}${count(report.integrations.length, 'integration')}${count(report.findings.length, 'finding')}</div>
<nav style="margin-top:10px">${report.models.map((m) => `<a href="#model-${escapeHtml(m.id)}">Model ${escapeHtml(m.id)}</a>`).join('')}<a href="#integrations">Integrations</a><a href="#findings">Findings</a></nav>
<div class="legend">Cells: <span class="lv-write">write</span><span class="lv-read">read</span><span class="lv-partial">partial (varies by cell)</span><span class="lv-none">none</span><span class="lv-empty">· no cells</span></div>
</header><main>
${report.models.map(modelHtml).join('\n')}
${integrationsHtml(report.integrations)}
${findingsHtml(report.findings)}
</main></body></html>
`
}
