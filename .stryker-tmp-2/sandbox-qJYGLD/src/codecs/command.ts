// @ts-nocheck
import * as t from 'io-ts'
import { commandTypes, type Command, type CommandType } from '../commands/command.js'
import type * as I from '../domain/ids.js'
import { actionC } from './action.js'
import { withSchema, type JsonSchema } from './json-schema.js'
import { accessC, brandedIdC, listOf } from './primitives.js'
import { resourceC } from './resource.js'
import { struct } from './struct.js'
import { subjectC } from './subject.js'

const known = new Set<string>(commandTypes)

/** An action that is an administrative act a command may carry. */
const commandActionC = withSchema(
  new t.Type<Command['action'], Command['action'], unknown>(
    'administrative act',
    (u): u is Command['action'] => actionC.is(u) && known.has(u.type),
    (u, c) => {
      const decoded = actionC.validate(u, c)
      if (decoded._tag === 'Left' || known.has(decoded.right.type)) return decoded as t.Validation<Command['action']>
      return t.failure(u, t.appendContext(c, 'type', t.string, decoded.right.type), `'${decoded.right.type}' is not an administrative act a command can carry`)
    },
    t.identity,
  ),
  (schemaOf) => ({ allOf: [schemaOf(actionC), { type: 'object', properties: { type: { enum: [...commandTypes] } } }] }),
)

/** A timestamp in milliseconds: a finite number. */
const timestampC = withSchema(
  new t.Type<number, number, unknown>(
    'timestamp',
    (u): u is number => typeof u === 'number' && Number.isFinite(u),
    (u, c) => (typeof u === 'number' && Number.isFinite(u) ? t.success(u) : t.failure(u, c, 'expected a timestamp (a finite number of milliseconds)')),
    t.identity,
  ),
  () => ({ type: 'number' }),
)

/** A tiebreak: a finite number or a non-empty string (A17). */
const tiebreakC = withSchema(
  new t.Type<number | string, number | string, unknown>(
    'tiebreak',
    (u): u is number | string => (typeof u === 'number' && Number.isFinite(u)) || (typeof u === 'string' && u.length > 0),
    (u, c) =>
      (typeof u === 'number' && Number.isFinite(u)) || (typeof u === 'string' && u.length > 0)
        ? t.success(u)
        : t.failure(u, c, 'expected a tiebreak (a finite number or a non-empty string) to order commands with equal timestamps (A17)'),
    t.identity,
  ),
  () => ({ anyOf: [{ type: 'number' }, { type: 'string', minLength: 1 }] }),
)

const userImportRowC = struct(
  'user import row',
  { user: brandedIdC<I.UserId>() },
  { email: t.string, model: brandedIdC<I.ModelId>(), role: brandedIdC<I.RoleId>() },
)
const selectiveAccessRowC = struct('selective access row', { user: brandedIdC<I.UserId>(), item: brandedIdC<I.ItemId>(), level: accessC })

const rowsFor: { readonly [T in CommandType]?: t.Mixed } = {
  'workspace.importUsers': listOf(userImportRowC),
  'selectiveAccess.import': listOf(selectiveAccessRowC),
}

const stepC = struct('step', { model: brandedIdC<I.ModelId>(), action: brandedIdC<I.ModelActionId>() })

/** What a creation act names (the client chooses the id, so that replaying the command makes the same object). */
const createsFor: { readonly [T in CommandType]?: t.Mixed } = {
  'cloudworks.create': struct('cloudworks creation', { id: brandedIdC<string>() }, { connection: brandedIdC<I.ConnectionId>(), steps: listOf(stepC) }),
  'workplace.createConnection': struct('connection creation', { id: brandedIdC<I.ConnectionId>() }),
}

const itemC = brandedIdC<I.ItemId>()
/** A list structure edit (F39). */
const editFor: { readonly [T in CommandType]?: t.Mixed } = {
  'list.editStructure': struct(
    'list edit',
    {},
    {
      add: listOf(struct('added item', { id: itemC }, { parent: itemC })),
      remove: listOf(itemC),
      reparent: listOf(struct('moved item', { id: itemC, parent: itemC })),
    },
  ),
}

const envelopeC = struct(
  'command',
  { actor: subjectC, action: commandActionC, resource: resourceC, at: timestampC, tiebreak: tiebreakC },
  { rows: t.unknown, creates: t.unknown, edit: t.unknown },
)

/** The envelope with an act's extra field (`rows` or `creates`) decoded, refused on an act that takes none. */
const extra = (
  envelope: t.TypeOf<typeof envelopeC>,
  field: 'rows' | 'creates' | 'edit',
  codecs: { readonly [T in CommandType]?: t.Mixed },
  c: t.Context,
): t.Validation<t.TypeOf<typeof envelopeC>> => {
  const codec = codecs[envelope.action.type]
  const given = envelope[field]
  if (codec === undefined)
    return given === undefined ? t.success(envelope) : t.failure(given, t.appendContext(c, field, t.unknown, given), `'${envelope.action.type}' takes no ${field}`)
  const decoded = codec.validate(given, t.appendContext(c, field, codec, given))
  return decoded._tag === 'Left' ? decoded : t.success({ ...envelope, [field]: decoded.right as unknown })
}

/**
 * A command on the wire: `{ actor, action, resource, at, tiebreak }`, plus `rows` for the two imports
 * `creates` for the acts that create an object, and `edit` for a list structure edit. A missing
 * tiebreak is an error naming the field (A17); so are rows, `creates` or `edit` on an act that takes none.
 *
 * @example
 * ```ts
 * import { commandCodec } from 'accessgrid'
 * const command = commandCodec.decode(JSON.parse(line))
 * ```
 */
export const commandC: t.Type<Command, Command> = new t.Type<Command, Command, unknown>(
  'command',
  (u): u is Command => commandC.validate(u, [])._tag === 'Right',
  (u, c) => {
    const envelope = envelopeC.validate(u, c)
    if (envelope._tag === 'Left') return envelope
    const withRows = extra(envelope.right, 'rows', rowsFor, c)
    if (withRows._tag === 'Left') return withRows
    const withCreates = extra(withRows.right, 'creates', createsFor, c)
    if (withCreates._tag === 'Left') return withCreates
    return extra(withCreates.right, 'edit', editFor, c) as t.Validation<Command>
  },
  t.identity,
)

/** Each extra field of the envelope with the acts that take it and their codecs. */
const extras = { rows: rowsFor, creates: createsFor, edit: editFor } as const

/**
 * The envelope's schema with each extra field (`rows`, `creates`, `edit`) as each act takes it:
 * required with the act's schema for the acts that take it, absent for every other act.
 */
const commandSchema = (schemaOf: (codec: t.Mixed) => JsonSchema): JsonSchema => {
  const actionType = (types: readonly string[]): JsonSchema => ({ type: 'object', properties: { action: { type: 'object', properties: { type: { enum: types } } } } })
  const fieldSchemas = Object.entries(extras).flatMap(([field, codecs]): JsonSchema[] => {
    const takers = Object.entries(codecs).map(([type, codec]) => ({ type, codec }))
    return [
      ...takers.map(({ type, codec }) => ({ if: actionType([type]), then: { type: 'object', required: [field], properties: { [field]: schemaOf(codec) } } })),
      { if: actionType(takers.map(({ type }) => type)), else: { type: 'object', not: { required: [field] } } },
    ]
  })
  return { allOf: [schemaOf(envelopeC), ...fieldSchemas] }
}

withSchema(commandC, commandSchema)
