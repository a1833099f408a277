// @ts-nocheck
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

// The suite under mutation testing (`npm run mutation`, docs/mutation.md): the tests whose subject is
// the rules and the decision, in the order that kills a mutant soonest. Left out: the type and docs
// tests (declarations and pages), the command-line tests (child processes running dist/), and the tests
// of the modules built on `decide` (batch, reverse, impact, lint, commands, compile, codecs), which
// reach the rules only through it and would make every surviving mutant run them too.
const folders = ['test/rules/', 'test/decision/', 'test/decide/', 'test/rule/', 'test/conformance/', 'test/snapshot/', 'test/properties/', 'test/fuzz/']

/** The unit tables first (quick, and they assert reasons with their parameters), the properties last. */
class UnitTablesFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => folders.findIndex((folder) => file.moduleId.includes(`/${folder}`))
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId)))
  }
}

export default defineConfig({
  test: {
    include: [
      ...folders.filter((folder) => folder !== 'test/snapshot/' && folder !== 'test/properties/').map((folder) => `${folder}**/*.test.ts`),
      'test/properties/*.test.ts',
      'test/snapshot/cell-values.test.ts',
      'test/snapshot/driver-forms.test.ts',
      'test/foundation.test.ts',
    ],
    sequence: { sequencer: UnitTablesFirst },
    // Instrumented code on a shared machine runs the properties several times slower than a plain run.
    testTimeout: 30_000,
    // One module graph for every file of a run: importing the instrumented sources once instead of once a
    // file makes a run four times faster (the files share no state but the rules' lazy tables). Stryker
    // still loads the sources afresh for each mutant that acts while they load.
    isolate: false,
  },
})
