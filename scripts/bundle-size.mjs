// The browser bundle budget: bundles the ES module build as a browser app would (esbuild, minified,
// the `module` fields first), and fails when it outgrows the budget or carries fp-ts from both its
// CommonJS (`fp-ts/lib`) and its ES (`fp-ts/es6`) folders. Run by `npm run check:package` after the build.
import { build } from 'esbuild'

/**
 * Minified bytes the bundle may take: 192,187 when it was set (with the reverse, impact and what-if modules),
 * 205,013 with the access report (accessReport, reportHtml) and the codecs' JSON Schema descriptions,
 * 228,920 with the commands for every act and the import-skip lint, 239,335 with driver writes and
 * per-step run-as, 247,050 with whoCan, whatCan, decideCells and accessReview checking their inputs
 * through the codecs, plus about 3%.
 */
const budget = 254_500

const result = await build({
  stdin: { contents: "export * from './dist/index.js'", resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  mainFields: ['module', 'main'],
  write: false,
  metafile: true,
  logLevel: 'error',
})
const bytes = result.outputFiles[0]?.contents.length ?? 0
const inputs = Object.keys(result.metafile.inputs)
const folders = ['fp-ts/lib/', 'fp-ts/es6/'].filter((folder) => inputs.some((input) => input.includes(`node_modules/${folder}`)))
console.log(`bundle: ${bytes} bytes minified (budget ${budget}); fp-ts from ${folders.join(' and ') || 'nowhere'}`)
if (folders.length > 1) {
  console.error('bundle-size: fp-ts is bundled twice, from fp-ts/lib and fp-ts/es6: import fp-ts types only (src/internal/either.ts)')
  process.exit(1)
}
if (bytes > budget) {
  console.error(`bundle-size: ${bytes} bytes is over the budget of ${budget}`)
  process.exit(1)
}
