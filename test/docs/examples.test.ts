import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '../..')
const entry = join(root, 'src/index.ts')

/** One symbol the package exports: the name users import, and where it is declared. */
interface PublicSymbol {
  readonly file: string
  readonly name: string
  readonly hasExample: boolean
}

/** Whether a declaration's JSDoc carries an `@example` tag with some text in it. */
const hasExample = (declaration: ts.Declaration): boolean =>
  ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example' && (ts.getTextOfJSDocComment(tag.comment) ?? '').trim() !== '')

/**
 * Every symbol `src/index.ts` exports, followed through its named re-exports (and renames such as
 * `commandC as commandCodec`) to the declaration that holds its JSDoc.
 */
const publicSymbols = (): readonly PublicSymbol[] => {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(entry)
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source)
  if (module === undefined) throw new Error(`cannot read the exports of ${entry}`)
  return checker.getExportsOfModule(module).map((exported) => {
    const declared = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const declarations = declared.declarations ?? []
    const file = declarations[0]?.getSourceFile().fileName ?? entry
    return { file: relative(root, file), name: exported.name, hasExample: declarations.some(hasExample) }
  })
}

const symbols = publicSymbols()

describe('every public export has JSDoc with an @example', () => {
  test('the export list is read from src/index.ts, re-exports followed to their declarations and type-only exports included', () => {
    const names = symbols.map((symbol) => symbol.name)
    expect(names).toEqual(expect.arrayContaining(['decide', 'World', 'MemberInput', 'commandCodec', 'Verdict']))
    expect(symbols.find((symbol) => symbol.name === 'commandCodec')?.file).toBe('src/codecs/index.ts')
    expect(symbols.find((symbol) => symbol.name === 'decide')?.file).toBe('src/decide.ts')
  })

  test.each(symbols.map((symbol) => [symbol.file, symbol.name, symbol.hasExample] as const))('%s %s', (_file, _name, example) => {
    expect(example).toBe(true)
  })
})
