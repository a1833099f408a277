import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: ['index.*'],
    target: 'node20',
  },
  {
    // The `accessgrid` command: its own entry, never part of the library's bundles.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: ['cli.*'],
    target: 'node20',
  },
])
