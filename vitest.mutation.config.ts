import { defineConfig } from 'vitest/config'

// The suite under mutation testing (`npm run mutation`): every behavioural test, without the type tests
// (they check declarations, which mutants do not change) and the docs tests (they read pages and
// declarations, not behaviour).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/docs/**', 'test/types/**', 'node_modules/**'],
  },
})
