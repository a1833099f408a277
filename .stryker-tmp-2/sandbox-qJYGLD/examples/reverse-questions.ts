// @ts-nocheck
// Reverse questions on the example world: who can read the Berlin salaries, why Pete cannot, what
// Paula can do in the model, what the Internal (Full Access) alias sees, and the access review as CSV.
// Run with: npx tsx examples/reverse-questions.ts
import { readFileSync } from 'node:fs'
import { accessReview, compile, explain, id, resource, reviewCsv, subject, whatCan, whoCan, type WorldInput } from '../src/index.js'

const input = JSON.parse(readFileSync(new URL('./world.json', import.meta.url), 'utf8')) as WorldInput
const compiled = compile(input)
if (compiled._tag === 'Left') throw new Error(compiled.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
const world = compiled.right

const read = { type: 'cell.read', channel: 'interactive' } as const
const berlinSalaries = resource.cell({
  model: id.model('finance-plan'),
  module: id.module('opex'),
  lineItem: id.lineItem('salaries'),
  version: id.version('budget'),
  items: { 'cost-centre': id.item('cc-berlin'), product: id.item('widgets') },
})

// Who can see the Berlin salaries line? Every subject decide allows, with its level.
const ask = whoCan(world)
console.log('Who can read the Berlin salaries:')
for (const entry of ask(read, berlinSalaries).entries) console.log(`  ${entry.name}: ${entry.decision.level}`)

// Why can't Pete? The denied subjects carry the reasons that stopped them.
const pete = ask(read, berlinSalaries, { include: 'denied' }).entries.find((entry) => entry.name === 'pete')
if (pete !== undefined) console.log(`\nWhy not pete?\n${explain(pete.decision)}`)

// What can Paula do in the model? Per slice, the items she reaches, ancestors folded.
const paula = whatCan(world)(subject.user(id.user('paula')), { kind: 'model', model: id.model('finance-plan') })
if (paula.kind === 'model') {
  console.log('\nPaula in finance-plan:')
  for (const slice of paula.slices.filter((s) => s.version === 'budget'))
    console.log(
      `  ${slice.module}/${slice.lineItem}: ${slice.level}, reads ${slice.read.allowed} of ${slice.cells} cells (drivers hide ${slice.read.lowered}), writes ${slice.write.allowed};`,
      slice.dimensions.map((d) => `${d.list} read ${d.read.all ? 'all' : JSON.stringify([...d.read.under.map((u) => `${u.list}:${u.item}`), ...d.read.items])}`).join(', '),
    )
  console.log(`  runs: ${paula.actions.filter((a) => a.decision.effect === 'allow').map((a) => a.action).join(', ')}`)
}

// The alias is a subject like any other: what will CloudWorks runs see?
const alias = whatCan(world)(subject.internalAlias, { kind: 'model', model: id.model('finance-plan') })
if (alias.kind === 'model') console.log(`\n${alias.name} opens the model: ${alias.open.effect}; reads ${alias.slices[0]?.read.allowed ?? 0} cells of ${alias.slices[0]?.module ?? ''}`)

// The access review, streamed as CSV (the first lines).
console.log('\nAccess review (CSV, first lines):')
let lines = 0
for (const chunk of reviewCsv(accessReview(world, { sections: ['administration', 'model'] }))) {
  if (lines++ > 4) break
  process.stdout.write(chunk)
}
