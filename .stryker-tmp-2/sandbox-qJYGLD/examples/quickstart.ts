// @ts-nocheck
import { readFileSync } from 'node:fs'
import { codecs, compile, decide, explain } from 'accessgrid'

// 1. Compile the world once (e.g. at start-up, or when the tenant changes).
const compiled = compile(JSON.parse(readFileSync('examples/world.json', 'utf8')))
if (compiled._tag === 'Left') {
  // Every integrity error at once, each naming the bad field.
  for (const e of compiled.left) console.error(`${e.code} at ${e.path}: ${e.message}`)
  process.exit(1)
}

// 2. Bind decide to it and keep the function.
const ask = decide(compiled.right)

// 3. Ask. Requests from outside go through the codecs first.
const request = codecs.request.decode({
  subject: { kind: 'user', id: 'paula' },
  action: { type: 'cell.write', channel: 'interactive' },
  resource: { kind: 'cell', model: 'finance-plan', module: 'opex', lineItem: 'amount',
              version: 'budget', items: { 'cost-centre': 'cc-berlin', product: 'widgets' } },
})
if (request._tag === 'Left') throw new Error(JSON.stringify(codecs.report(request.left)))
const { subject, action, resource } = request.right
const decision = ask(subject, action, resource)

// 4. Act on it, log it, explain it.
console.log(decision.effect, decision.level, decision.reasons.map((r) => r.code))
console.log(explain(decision))
