// @ts-nocheck
// Global set-up of the command tests: builds the `accessgrid` command once, with the build's own options
// (tsup.config.ts), into a folder of its own, and hands its path to the tests (inject('cli')).
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'tsup'
import type { TestProject } from 'vitest/node'
import { cli } from '../../tsup.config.js'

declare module 'vitest' {
  export interface ProvidedContext {
    cli: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Inside the repository, so the built command finds fp-ts, io-ts and package.json as an installed one does.
  const outDir = mkdtempSync(join(import.meta.dirname, '..', '..', 'node_modules', '.cli-test-'))
  await build({ ...cli, outDir, clean: false, silent: true, sourcemap: false })
  project.provide('cli', join(outDir, 'cli.js'))
  return () => rmSync(outDir, { recursive: true, force: true })
}
