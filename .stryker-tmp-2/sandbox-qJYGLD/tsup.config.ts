// @ts-nocheck
import { defineConfig, type Options } from 'tsup'

/** The `accessgrid` command: its own entry, never part of the library's bundles (the CLI tests build it alone). */
export const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  sourcemap: true,
  clean: ['cli.*'],
  target: 'node20',
}

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: ['index.*'],
    target: 'node20',
  },
  cli,
])
