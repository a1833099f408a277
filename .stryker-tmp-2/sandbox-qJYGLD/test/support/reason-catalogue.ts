// @ts-nocheck
// The reason catalogue as declared in src/decision/reason.ts, read with the TypeScript compiler: every
// code with its parameters and their declared types.
import { join } from 'node:path'
import ts from 'typescript'

const catalogueFile = join(import.meta.dirname, '../../src/decision/reason.ts')

/** One declared parameter of a reason code: its name and its type. */
export interface DeclaredParam {
  readonly name: string
  readonly type: ts.Type
}

/** Every code of `ReasonCatalogue` with its declared parameters, and the checker that reads their types. */
export const declaredCatalogue = (): { readonly checker: ts.TypeChecker; readonly codes: ReadonlyMap<string, readonly DeclaredParam[]> } => {
  const program = ts.createProgram([catalogueFile], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true, types: [] })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(catalogueFile)!
  const module = checker.getSymbolAtLocation(source)!
  const catalogue = checker.getExportsOfModule(module).find((symbol) => symbol.name === 'ReasonCatalogue')!
  const type = checker.getDeclaredTypeOfSymbol(catalogue)
  const codes = new Map(
    checker.getPropertiesOfType(type).map((code) => [
      code.name,
      checker.getPropertiesOfType(checker.getTypeOfSymbol(code)).map((param) => ({ name: param.name, type: checker.getTypeOfSymbol(param) })),
    ]),
  )
  return { checker, codes }
}
