// @ts-nocheck
import { describe, expect, test } from 'vitest'
import { actionSpecs, codecs, compile, type ResourceKind } from '../../src/index.js'
import { cells, docsPage, firstColumnNames, section } from './markdown.js'

const page = docsPage('wire-format.md')

/** Every resource kind: the compiler rejects this object when a kind is added to or removed from `ResourceKind`. */
const resourceKinds: { readonly [K in ResourceKind]: true } = {
  tenant: true,
  user: true,
  workspace: true,
  model: true,
  list: true,
  listItem: true,
  cell: true,
  modelAction: true,
  cloudworksConnection: true,
  integration: true,
  workplace: true,
  workplaceConnection: true,
  project: true,
  account: true,
}

const actionTypes = Object.keys(actionSpecs)
const kinds = Object.keys(resourceKinds)

describe('docs/wire-format.md cannot drift from the code', () => {
  test('the resource codec knows every resource kind listed here', () => {
    const unknownToCodec = kinds.filter((kind) => {
      const decoded = codecs.resource.decode({ kind })
      return decoded._tag === 'Left' && codecs.report(decoded.left).some((error) => error.message.startsWith('unknown resource kind'))
    })
    expect(unknownToCodec).toStrictEqual([])
  })

  test('every action type of actionSpecs has a row in the Action table, and every row names a real type', () => {
    const documented = firstColumnNames(section(page, 'Action'))
    expect(actionTypes.filter((type) => !documented.includes(type))).toStrictEqual([])
    expect(documented.filter((type) => !actionTypes.includes(type))).toStrictEqual([])
  })

  test('every resource kind has a row in the Resource table, and every row names a real kind', () => {
    const documented = firstColumnNames(section(page, 'Resource'))
    expect(kinds.filter((kind) => !documented.includes(kind))).toStrictEqual([])
    expect(documented.filter((kind) => !kinds.includes(kind))).toStrictEqual([])
  })

  test('every action type lists the resource kinds its spec applies to', () => {
    const rows = section(page, 'Action').split('\n').filter((line) => line.startsWith('| `'))
    const mismatched = actionTypes.filter((type) => {
      const row = rows.find((line) => firstColumnNames(line).includes(type))
      const documentedKinds = (cells(row ?? '')[3] ?? '').split(',').map((kind) => kind.trim())
      const specKinds = actionSpecs[type as keyof typeof actionSpecs].resources
      return specKinds.length !== documentedKinds.length || specKinds.some((kind) => !documentedKinds.includes(kind))
    })
    expect(mismatched).toStrictEqual([])
  })

  test('every whole-world example on the page compiles', () => {
    const worlds = [...page.matchAll(/```json\n(\{ "(?:tenant|workplace|account)"[\s\S]*?)```/g)].map((match) => match[1] ?? '')
    expect(worlds.length).toBeGreaterThanOrEqual(3)
    const failing = worlds.flatMap((json) => {
      const compiled = compile(JSON.parse(json))
      return compiled._tag === 'Left' ? [compiled.left] : []
    })
    expect(failing).toStrictEqual([])
  })
})
