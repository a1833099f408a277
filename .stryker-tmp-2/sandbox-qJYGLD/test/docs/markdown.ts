// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const docsRoot = join(import.meta.dirname, '../../docs')

/** Every Markdown page under `docs/` (the generated `api/` folder aside), as paths relative to it. */
export const docsPages = (): readonly string[] =>
  readdirSync(docsRoot, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.startsWith('api'))
    .sort()

/** The text of a page under `docs/`. */
export const docsPage = (name: string): string => readFileSync(join(docsRoot, name), 'utf8')

/** The text of one `## ` section of a page, up to the next `## ` heading. */
export const section = (page: string, heading: string): string => {
  const start = page.indexOf(`\n## ${heading}\n`)
  if (start < 0) return ''
  const end = page.indexOf('\n## ', start + 1)
  return page.slice(start, end < 0 ? undefined : end)
}

/** The cells of a table row, split on the pipes that are not escaped (`\|` stays inside a cell). */
export const cells = (row: string): readonly string[] => row.split(/(?<!\\)\|/).map((cell) => cell.trim())

/** Every backquoted word in the first column of the section's tables (`| \`a\`, \`b\` | ...`). */
export const firstColumnNames = (text: string): readonly string[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(cells(line)[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''))
