// Runs the built `accessgrid` command as a child process, as a user would.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { inject } from 'vitest'

/** What one run of the command gave. */
export interface Ran {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** The repository's root: the command runs from there, so paths read as in the docs. */
export const root = join(import.meta.dirname, '..', '..')

/** Runs `accessgrid ...args`, with standard input and extra environment if given. */
export const accessgrid = (args: readonly string[], options: { readonly stdin?: string; readonly env?: Readonly<Record<string, string>> } = {}): Ran => {
  const ran = spawnSync(process.execPath, [inject('cli'), ...args], {
    cwd: root,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  })
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr }
}
