/**
 * The access report at scale: a world of 10,000 users (one workspace, one model of three modules at three
 * versions, three custom roles, selective access on a region list, a driver per user), how long
 * `accessReport` takes, how large the page is, and how long headless Chromium takes to load and lay it
 * out (navigation start to the first frame after `load`). Needs /usr/bin/chromium.
 * Run with `npm run bench:access-report` (optionally a user count: `npm run bench:access-report -- 20000`).
 */
// @ts-nocheck

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { accessReport, compile, reportHtml, type TenantInput } from '../src/index.js'

const users = Number(process.argv[2] ?? 10_000)
const regions = ['emea', 'americas', 'apac', 'latam']
const roles = ['planner', 'reviewer', 'pricing']

const tenant: TenantInput = {
  users: Array.from({ length: users }, (_, i) => ({ id: `user-${i}`, kind: 'internal' as const })),
  workspaces: [{ id: 'finance', members: Array.from({ length: users }, (_, i) => ({ user: `user-${i}`, admin: i % 500 === 0 })) }],
  models: [
    {
      id: 'plan',
      workspace: 'finance',
      lists: [
        { id: 'region', selectiveAccess: true, items: regions.map((id) => ({ id })) },
        { id: 'product', items: ['widgets', 'gadgets', 'gizmos'].map((id) => ({ id })) },
      ],
      versions: ['actual', 'budget', 'forecast'].map((id) => ({ id })),
      modules: [
        { id: 'opex', lists: ['region', 'product'], lineItems: [{ id: 'amount', writeDriver: 'open' }, { id: 'salaries' }] },
        { id: 'revenue', lists: ['region'], lineItems: [{ id: 'sales' }] },
        { id: 'assumptions', lists: ['product'], lineItems: [{ id: 'price' }] },
      ],
      drivers: [{ id: 'open', dimensions: ['region'], values: [{ items: { region: 'emea' }, value: true }, { items: { region: 'apac' }, value: false }] }],
      roles: [
        { id: 'planner', modules: { opex: 'write', revenue: 'read', assumptions: 'read' }, versions: { actual: 'read', budget: 'write', forecast: 'write' } },
        { id: 'reviewer', modules: { opex: 'read', revenue: 'read' }, versions: { actual: 'read', budget: 'read', forecast: 'read' } },
        { id: 'pricing', modules: { assumptions: 'write' }, versions: { budget: 'write' } },
      ],
      assignments: Array.from({ length: users }, (_, i) => ({ user: `user-${i}`, role: i % 500 === 0 ? 'fullAccess' : (roles[i % roles.length] ?? 'planner') })),
      selectiveAccess: Array.from({ length: users }, (_, i) => ({ user: `user-${i}`, list: 'region', item: regions[i % regions.length] ?? 'emea', level: i % 2 === 0 ? ('write' as const) : ('read' as const) })),
    },
  ],
}

const world = compile({ tenant })
if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))

let started = performance.now()
const report = accessReport(world.right)
const reportMs = performance.now() - started
const html = reportHtml(report, { title: `${users} users` })

const folder = mkdtempSync(join(tmpdir(), 'accessgrid-bench-'))
const page_ = join(folder, 'report.html')
writeFileSync(page_, html)
const context = await chromium.launchPersistentContext(join(folder, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await context.newPage()
  await page.goto('about:blank')
  started = performance.now()
  await page.goto(pathToFileURL(page_).href, { waitUntil: 'load' })
  // The first frame after load: the table is laid out and painted.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
  const renderMs = performance.now() - started
  const rows = await page.evaluate('document.querySelectorAll("tbody tr").length')
  console.log(`users ${users}, matrix rows shown ${String(rows)}, squares ${report.models.reduce((n, m) => n + m.rows.length * m.columns.length, 0)}`)
  console.log(`accessReport: ${(reportMs / 1000).toFixed(2)} s; page: ${(html.length / 1_048_576).toFixed(1)} MiB`)
  console.log(`chromium render (navigation to first frame after load): ${(renderMs / 1000).toFixed(2)} s (target: under 3 s)`)
} finally {
  await context.close()
  rmSync(folder, { recursive: true, force: true })
}
