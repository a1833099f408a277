// @ts-nocheck
// Runs the built `accessgrid` command as a child process, as a user would.
import { spawn } from 'node:child_process'
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
export const accessgrid = (args: readonly string[], options: { readonly stdin?: string; readonly env?: Readonly<Record<string, string>> } = {}): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cli'), ...args], { cwd: root, env: { ...process.env, ...options.env } })
    const stdout: string[] = []
    const stderr: string[] = []
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (status) => {
      resolve({ status, stdout: stdout.join(''), stderr: stderr.join('') })
    })
    child.stdin.end(options.stdin ?? '')
  })
