import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { codecs } from '../../index.js'
import { caseFileC } from './case-file.js'
import { errorsText, runCase, type CaseResult } from './run.js'
import { whyUnreadable } from '../unreadable.js'

/**
 * Every `.json` file under a folder, sorted, recursively (or the path itself when it is a file).
 *
 * @example
 * ```ts
 * caseFiles('test/conformance/cases') // ['…/integrations/R09-….json', …]
 * ```
 */
export const caseFiles = (path: string): readonly string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => {
          const child = join(path, name)
          return statSync(child).isDirectory() || name.endsWith('.json') ? caseFiles(child) : []
        })
    : [path]

const parsed = (path: string): { readonly value: unknown } | { readonly error: string } => {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return { error: whyUnreadable(error) }
  }
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    return { error: `not JSON: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}` }
  }
}

/**
 * Runs one case file; a file that is not JSON or not a case file fails as one case, naming the bad field.
 * `world` is the world itself, or the path of a world file relative to the case file.
 *
 * @example
 * ```ts
 * runCaseFile('cases/planning/R01.json', 'cases')
 * ```
 */
export const runCaseFile = (path: string, root: string): readonly CaseResult[] => {
  const file = relative(root, path) || path
  const json = parsed(path)
  if ('error' in json) return [{ file, description: '(the file)', failure: json.error }]
  const decoded = caseFileC.decode(json.value)
  if (decoded._tag === 'Left') return [{ file, description: '(the file)', failure: `not a case file: ${errorsText(codecs.report(decoded.left))}` }]
  if (typeof decoded.right.world !== 'string') return runCase(decoded.right, file)
  const worldPath = resolve(dirname(path), decoded.right.world)
  const world = parsed(worldPath)
  if ('error' in world) return [{ file, description: decoded.right.description, failure: `world ${decoded.right.world}: ${world.error}` }]
  return runCase({ ...decoded.right, world: world.value }, file)
}

/**
 * Runs every case file under a folder (or one file).
 *
 * @example
 * ```ts
 * const results = runCases('test/conformance/cases')
 * ```
 */
export const runCases = (path: string): readonly CaseResult[] => {
  const root = statSync(path).isDirectory() ? path : join(path, '..')
  return caseFiles(path).flatMap((file) => runCaseFile(file, root))
}
