// @ts-nocheck
// The JSON Schemas shipped under schema/, generated from the io-ts codecs (each codec describes itself:
// src/codecs/json-schema.ts). `npm run schemas` writes them; test/cli/schemas.test.ts checks the committed
// files equal what this generates.
import type * as t from 'io-ts'
import { jsonSchemaOf, type JsonSchema } from '../src/codecs/json-schema.js'
import { codecs, commandCodec } from '../src/index.js'

interface Document {
  readonly file: string
  readonly codec: t.Mixed
  readonly title: string
  readonly description: string
}

const documents: readonly Document[] = [
  {
    file: 'world.json',
    codec: codecs.world,
    title: 'accessgrid world',
    description: 'A world as compile reads it: the planning tenant, the workplace and the account. Ids must also be unique and every reference must name something; compile checks those (docs/schemas.md).',
  },
  { file: 'request.json', codec: codecs.request, title: 'accessgrid request', description: 'One question for decide: a subject, an action and a resource.' },
  {
    file: 'command.json',
    codec: commandCodec,
    title: 'accessgrid command',
    description: 'An administrative command, one line of a log that replay applies: an actor, an act, its resource, a timestamp and a tiebreak (and rows for the imports).',
  },
  { file: 'decision.json', codec: codecs.decision, title: 'accessgrid decision', description: 'A decision as decide returns it and audit logs keep it.' },
]

/**
 * Every schema document: its file name under schema/ and its content.
 *
 * @example
 * ```ts
 * schemaDocuments().map(({ file }) => file) // ['world.json', 'request.json', 'command.json', 'decision.json']
 * ```
 */
export const schemaDocuments = (): readonly { readonly file: string; readonly schema: JsonSchema }[] =>
  documents.map(({ file, codec, title, description }) => ({
    file,
    schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', ...jsonSchemaOf(codec), title, description },
  }))

/**
 * A schema document as the file holds it.
 *
 * @example
 * ```ts
 * writeFileSync(`schema/${file}`, schemaText(schema))
 * ```
 */
export const schemaText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`
