// @ts-nocheck
// The access report in a real headless Chromium (Debian's chromium, driven by playwright-core): it loads
// with no console error and no network, and its matrix for examples/world.json shows the levels decide
// gives, cell by cell. A screenshot is written to reports/access-report.png. Skipped, saying so, when
// /usr/bin/chromium is absent; .ci/run installs it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { compile, id, subject, type Subject, type WorldInput } from '../../src/index.js'
import { levelByDecide } from './levels.js'
import { accessgrid, root } from './run-cli.js'

const browser = '/usr/bin/chromium'
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const reports = join(root, 'reports')

/** What the page shows of one model's matrix. */
interface ShownMatrix {
  readonly model: string
  readonly columns: readonly { readonly module: string; readonly version: string }[]
  readonly rows: readonly { readonly subject: string; readonly label: string; readonly levels: readonly string[] }[]
}

/** Read in the page (as source: the test's types have no DOM): every model's columns and each row's levels, from the classes. */
const readMatrix = `[...document.querySelectorAll('section[data-model]')].map((section) => ({
  model: section.getAttribute('data-model'),
  columns: [...section.querySelectorAll('th[data-module]')].map((th) => ({ module: th.getAttribute('data-module'), version: th.getAttribute('data-version') })),
  rows: [...section.querySelectorAll('tbody tr')].map((tr) => ({
    subject: tr.getAttribute('data-subject'),
    label: tr.querySelector('th').firstChild.textContent,
    levels: [...tr.querySelectorAll('td')].map((td) => (/lv-(\\w+)/.exec(td.className) || [])[1] || '?'),
  })),
}))`

const present = existsSync(browser)

describe('the access report in headless Chromium', () => {
  // A fresh profile is the --user-data-dir playwright passes for a persistent context.
  it.skipIf(!present)('loads with no console error and no network, and its matrix shows what decide gives', { timeout: 120_000 }, async () => {
    mkdirSync(reports, { recursive: true })
    const page_ = join(reports, 'access-report.html')
    const review = await accessgrid(['review', 'examples/world.json', '--format', 'html', '-o', page_])
    expect(review.status, review.stderr).toBe(0)

    const profile = mkdtempSync(join(tmpdir(), 'accessgrid-chromium-'))
    const context = await chromium.launchPersistentContext(profile, { executablePath: browser, headless: true, args: flags })
    try {
      const page = await context.newPage()
      const problems: string[] = []
      const requests: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('request', (request) => requests.push(request.url()))
      await page.setViewportSize({ width: 1400, height: 1000 })
      await page.goto(pathToFileURL(page_).href, { waitUntil: 'load' })

      const matrix = await page.evaluate<readonly ShownMatrix[]>(readMatrix)
      await page.screenshot({ path: join(reports, 'access-report.png'), fullPage: true })

      expect(problems).toEqual([])
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])

      const input = JSON.parse(readFileSync(join(root, 'examples/world.json'), 'utf8')) as WorldInput
      const world = compile(input)
      if (world._tag === 'Left') throw new Error('examples/world.json does not compile')
      const finance = matrix.find((m) => m.model === 'finance-plan')
      expect(finance?.columns).toHaveLength(9)
      expect(finance?.rows.map((row) => row.subject)).toEqual(['wes', 'ian', 'paula', 'pete', 'rita', 'vera', 'olga', 'internalAlias'])
      expect(finance?.rows.at(-1)?.label).toBe('Internal (Full Access)')
      const seen = new Set<string>()
      for (const row of finance?.rows ?? []) {
        const who: Subject = row.subject === 'internalAlias' ? subject.internalAlias : subject.user(id.user(row.subject))
        finance?.columns.forEach(({ module, version }, i) => {
          const shown = row.levels[i]
          seen.add(shown ?? '?')
          expect(shown, `${row.subject} on ${module} at ${version}`).toBe(levelByDecide(world.right, input, who, 'finance-plan', module, version))
        })
      }
      expect([...seen].sort()).toEqual(['none', 'partial', 'read', 'write'])
    } finally {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  })
  it.runIf(!present)(`is skipped: ${browser} is absent (apt-get install -y chromium; .ci/run installs it)`, () => {
    expect(existsSync(browser)).toBe(false)
  })
})
