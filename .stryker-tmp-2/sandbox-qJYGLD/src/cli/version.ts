// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The version in the nearest `package.json` named accessgrid above this file (dist/ when installed, src/cli/ in the repository). */
const packageVersion = (from: string): string => {
  const candidate = join(from, 'package.json')
  if (existsSync(candidate)) {
    const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown; version?: unknown }
    if (json.name === 'accessgrid' && typeof json.version === 'string') return json.version
  }
  const parent = dirname(from)
  return parent === from ? 'unknown' : packageVersion(parent)
}

/**
 * The version of the installed package, as `accessgrid --version` prints it.
 *
 * @example
 * ```ts
 * io.out(`${version}\n`)
 * ```
 */
export const version: string = packageVersion(dirname(fileURLToPath(import.meta.url)))
