import { isRight } from 'fp-ts/lib/Either.js'
import { action, compile, decide, id, resource, subject, type Action, type Decider, type Resource, type Subject, type World } from '../../src/index.js'
import { planningInput } from '../workloads/planning-input.js'
import { names, type CellRequest, type Planning } from '../workloads/planning.js'

/** A request in the engine's terms, built once so that timing measures `decide` alone. */
export interface EngineRequest {
  readonly subject: Subject
  readonly action: Action
  readonly resource: Resource
}

/** Compiles a world input, throwing with the first errors if it does not compile. */
export const compiled = (input: unknown): World => {
  const result = compile(input)
  if (isRight(result)) return result.right
  throw new Error(`compile: ${result.left.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}`)
}

/** The planning workload compiled by the engine. */
export const engineWorld = (world: Planning): World => compiled(planningInput(world))

/** Neutral cell requests as engine requests, built by the library's constructors (the cell actions are shared). */
export const engineRequests = (requests: readonly CellRequest[]): EngineRequest[] =>
  requests.map((r) => ({
    subject: subject.user(id.user(r.user)),
    action: r.write ? action.cellWrite() : action.cellRead(),
    resource: resource.cell({
      model: id.model(names.model),
      module: id.module(names.module),
      lineItem: id.lineItem(names.lineItem),
      version: id.version(r.version),
      items: { costCentres: id.item(r.costCentre), products: id.item(r.product) },
    }),
  }))

const readLiteral: Action = { type: 'cell.read', channel: 'interactive' }
const writeLiteral: Action = { type: 'cell.write', channel: 'interactive' }

/**
 * Neutral cell requests as plain object literals, as a caller writes them without the constructors or
 * a service reads them from JSON: the same fields, which `decide` checks key by key, copying the subject
 * and the cell, on every call.
 */
export const plainRequests = (requests: readonly CellRequest[]): EngineRequest[] =>
  requests.map((r) => ({
    subject: { kind: 'user', id: id.user(r.user) },
    action: r.write ? writeLiteral : readLiteral,
    resource: {
      kind: 'cell',
      model: id.model(names.model),
      module: id.module(names.module),
      lineItem: id.lineItem(names.lineItem),
      version: id.version(r.version),
      items: { costCentres: id.item(r.costCentre), products: id.item(r.product) },
    },
  }))

/** The engine as a yes/no peer (for the agreement check). */
export const enginePeer = (world: World): ((request: EngineRequest) => boolean) => {
  const decider: Decider = decide(world)
  return (r) => decider(r.subject, r.action, r.resource).effect === 'allow'
}
