// @ts-nocheck
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { docsPages } from './markdown.js'

const root = join(import.meta.dirname, '../..')

/** Pages that branches still in progress add; the docs map links them ahead of time. */
const pending = ['docs/performance.md', 'docs/changing-the-world.md']

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

const anchorsOf = (file: string): readonly string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, '')))

/** Every relative link of a page that does not resolve: a missing file, or a missing heading. */
const brokenLinks = (page: string): readonly string[] => {
  const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '')
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/.test(target))
    .filter((target) => {
      const [path = '', anchor] = target.split('#')
      const file = path === '' ? join(root, page) : join(root, dirname(page), path)
      if (pending.includes(relative(root, file))) return false
      if (!existsSync(file)) return true
      return anchor !== undefined && statSync(file).isFile() && !anchorsOf(file).includes(anchor)
    })
}

describe('links in the README and the docs resolve', () => {
  test.each(['README.md', 'CHANGELOG.md', ...docsPages().map((name) => `docs/${name}`)])('%s', (page) => {
    expect(brokenLinks(page)).toStrictEqual([])
  })
})

describe('the README quickstart', () => {
  test('quotes examples/quickstart.ts verbatim, so the code it shows compiles and runs', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const quickstart = readFileSync(join(root, 'examples/quickstart.ts'), 'utf8')
    expect(readme).toContain('```ts\n' + quickstart + '```')
  })
})
