import { defineConfig } from 'vitest/config'

// The suite under mutation testing (`npm run mutation`): the behavioural tests that can reach src/rules
// and src/decision. Left out: the type tests (declarations, which mutants do not change), the docs tests
// (pages), the command-line tests (they run the built dist/ in child processes, which mutants never
// reach), and the tests of codecs, hierarchies and persistent maps that no rule or decision code runs in.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'test/types/**',
      'test/docs/**',
      'test/cli/**',
      'test/codecs/fast-decoder.props.test.ts',
      'test/compile/hierarchies.props.test.ts',
      'test/snapshot/patched-map.test.ts',
      'test/commands/canonical-json.props.test.ts',
    ],
  },
})
