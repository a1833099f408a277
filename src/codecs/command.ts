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

const envelopeC = struct(
  'command',
  { actor: subjectC, action: commandActionC, resource: resourceC, at: timestampC, tiebreak: tiebreakC },
  { rows: t.unknown },
)

/**
 * A command on the wire: `{ actor, action, resource, at, tiebreak }`, plus `rows` for the two imports.
 * A missing tiebreak is an error naming the field (A17); so are rows on an act that takes none.
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
    const rows = rowsFor[envelope.right.action.type]
    const given = envelope.right.rows
    if (rows === undefined)
      return given === undefined ? t.success(envelope.right as Command) : t.failure(given, t.appendContext(c, 'rows', t.unknown, given), `'${envelope.right.action.type}' takes no rows`)
    const decoded = rows.validate(given, t.appendContext(c, 'rows', rows, given))
    return decoded._tag === 'Left' ? decoded : t.success({ ...envelope.right, rows: decoded.right as unknown } as Command)
  },
  t.identity,
)

/**
 * The envelope's schema with `rows` as each act takes them: required with the act's row schema for the
 * imports, absent for every other act.
 */
const commandSchema = (schemaOf: (codec: t.Mixed) => JsonSchema): JsonSchema => {
  const withRows = Object.entries(rowsFor).map(([type, rows]) => ({ type, rows }))
  const actionType = (types: readonly string[]): JsonSchema => ({ type: 'object', properties: { action: { type: 'object', properties: { type: { enum: types } } } } })
  return {
    allOf: [
      schemaOf(envelopeC),
      ...withRows.map(({ type, rows }) => ({ if: actionType([type]), then: { type: 'object', required: ['rows'], properties: { rows: schemaOf(rows) } } })),
      { if: actionType(withRows.map(({ type }) => type)), else: { type: 'object', not: { required: ['rows'] } } },
    ],
  }
}

withSchema(commandC, commandSchema)
