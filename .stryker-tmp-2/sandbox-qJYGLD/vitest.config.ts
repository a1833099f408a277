// @ts-nocheck
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/cli/build.ts'],
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'] },
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
})
