// @ts-nocheck
// The JSON Schemas under schema/ (docs/schemas.md): generated from the codecs, valid 2020-12 schemas, and
// in agreement with the codecs on every bundled world and request and on random and mutated inputs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codecs, commandCodec, compile, decide } from '../../src/index.js'
import { caseFiles } from '../../src/cli/cases/files.js'
import { jsonSchemaOf } from '../../src/codecs/json-schema.js'
import { base64C } from '../../src/codecs/primitives.js'
import { schemaDocuments, schemaText } from '../../scripts/schema-documents.js'
import { accountArb } from '../support/arbitraries/account.js'
import { cloudworksTenantArb } from '../support/arbitraries/cloudworks.js'
import { questionFrom } from '../support/arbitraries/questions.js'
import { workplaceArb } from '../support/arbitraries/workplace.js'
import { commandArb } from '../support/commands.js'
import { mutationOf } from '../support/mutate.js'
import { poolsOf, sampleInput, worldArb } from '../support/worlds.js'

const root = join(import.meta.dirname, '..', '..')
const committed = (file: string): unknown => JSON.parse(readFileSync(join(root, 'schema', file), 'utf8'))
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validator = (file: string) => ajv.compile(committed(file) as object)
const schema = { world: validator('world.json'), request: validator('request.json'), command: validator('command.json'), decision: validator('decision.json') }

const corpus = caseFiles(join(root, 'test/conformance/cases')).map((path) => JSON.parse(readFileSync(path, 'utf8')) as { world: unknown; requests?: readonly Record<string, unknown>[] })
const questions = corpus.flatMap((file) => (file.requests ?? []).map(({ subject, action, resource }) => ({ subject, action, resource })))

/** JSON as a file holds it: what the schema sees. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('schema/ holds the schemas the codecs generate', () => {
  for (const { file, schema: generated } of schemaDocuments())
    it(`schema/${file} is what \`npm run schemas\` writes`, () => {
      expect(readFileSync(join(root, 'schema', file), 'utf8')).toBe(schemaText(generated))
    })
})

describe('every bundled document is valid against its schema', () => {
  it('examples/world.json', () => {
    expect(schema.world(sampleInput), JSON.stringify(schema.world.errors)).toBe(true)
  })
  it(`the ${corpus.length} conformance worlds`, () => {
    for (const file of corpus) expect(schema.world(file.world), JSON.stringify(schema.world.errors)).toBe(true)
  })
  it(`the ${questions.length} conformance requests, and the decisions they get`, () => {
    for (const file of corpus) {
      const world = compile(file.world)
      if (world._tag === 'Left') throw new Error('a conformance world does not compile')
      for (const { subject, action, resource } of file.requests ?? []) {
        expect(schema.request({ subject, action, resource }), JSON.stringify(schema.request.errors)).toBe(true)
        const request = codecs.request.decode({ subject, action, resource })
        if (request._tag === 'Left') throw new Error('a conformance request does not decode')
        const decision = json(decide(world.right)(request.right.subject, request.right.action, request.right.resource))
        expect(schema.decision(decision), JSON.stringify(schema.decision.errors)).toBe(true)
      }
    }
  })
  it('a document may name its schema with $schema', () => {
    const input = { $schema: './node_modules/accessgrid/schema/world.json', ...sampleInput }
    expect(schema.world(input)).toBe(true)
    expect(compile(input)._tag).toBe('Right')
  })
})

const validWorld = fc.oneof(
  fc.constant(sampleInput),
  worldArb,
  cloudworksTenantArb.map((tenant) => ({ tenant })),
  fc.tuple(workplaceArb, accountArb).map(([workplace, account]) => ({ workplace, account })),
)
const validRequest = worldArb.chain((world) => questionFrom(poolsOf(world)))
const validDecision = worldArb.chain((world) => {
  const compiled = compile(world)
  if (compiled._tag === 'Left') throw new Error('a generated world does not compile')
  return questionFrom(poolsOf(world)).map((q) => json(decide(compiled.right)(q.subject, q.action, q.resource)))
})

/** Both ways: the schema accepts a JSON value exactly when the codec decodes it. */
const agree = (name: string, codec: { readonly decode: (u: unknown) => { readonly _tag: string } }, check: (u: unknown) => boolean, valid: fc.Arbitrary<unknown>) => {
  it(`${name}: what the codec accepts, the schema accepts (I2: nothing the engine reads is left out)`, () => {
    fc.assert(fc.property(valid, (value) => check(json(value))), { numRuns: 150 })
  })
  it(`${name}: on mutated documents, the schema rejects what the codec rejects and accepts what it accepts`, () => {
    let rejected = 0
    fc.assert(
      fc.property(mutationOf(valid), (value) => {
        const decoded = codec.decode(value)._tag === 'Right'
        if (!decoded) rejected++
        return check(json(value)) === decoded
      }),
      { numRuns: 300 },
    )
    expect(rejected).toBeGreaterThan(50)
  })
}

describe('the schemas agree with the codecs', () => {
  it('base64 (a driver\'s bitmap): the schema\'s pattern accepts exactly what the codec accepts', () => {
    const bitmap = ajv.compile({ type: 'string', pattern: (jsonSchemaOf(base64C) as { pattern: string }).pattern })
    const text = fc.string({ unit: fc.constantFrom(...'AZaz09+/=-'.split('')), maxLength: 12 })
    fc.assert(fc.property(text, (u) => bitmap(u) === base64C.is(u)), { numRuns: 2000 })
  })
  agree('world', codecs.world, (u) => schema.world(u), validWorld)
  agree('request', codecs.request, (u) => schema.request(u), validRequest)
  agree('command', commandCodec, (u) => schema.command(u), commandArb)
  agree('decision', codecs.decision, (u) => schema.decision(u), validDecision)
})
