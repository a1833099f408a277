// @ts-nocheck
// Writes the JSON Schemas under schema/ from the codecs. Usage: npm run schemas
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaDocuments, schemaText } from './schema-documents.js'

const root = join(import.meta.dirname, '..', 'schema')
for (const { file, schema } of schemaDocuments()) {
  writeFileSync(join(root, file), schemaText(schema))
  console.log(`schema/${file}`)
}
