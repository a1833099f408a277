import { decide, decideWith, defaultPolicy, policy } from '../../src/index.js'
import { agreement } from '../agreement.js'
import { measureBuild, overPool, timeTasks, type Timing } from '../measure.js'
import type { Options } from '../options.js'
import { casl } from '../peers/casl.js'
import { cedarPeer } from '../peers/cedar.js'
import { engineRequests, engineWorld, plainRequests } from '../peers/engine.js'
import { floor } from '../peers/floor.js'
import { num, ratio, spread, type Outcome } from '../report.js'
import { cellRequests, names, planning, usersInTurn, workload1 } from '../workloads/planning.js'

/** How many users take turns in the second measure of workload 1. */
const inTurnUsers = 200
const inTurnName = `accessgrid, ${inTurnUsers} users in turn`
/** The engine on the same requests written as plain objects: checked and copied on every call. */
const plainName = 'accessgrid, plain objects'

/** Workload 1: single cell decisions, the engine side by side with the floor, CASL and Cedar. */
export const runCells = (options: Options): Outcome => {
  const world = planning(workload1)
  const requests = cellRequests(world, names.user, options.agreement)
  const built = {
    accessgrid: measureBuild(() => engineWorld(world)),
    floor: measureBuild(() => floor(world)),
    casl: measureBuild(() => casl(world)),
    cedar: measureBuild(() => cedarPeer(world)),
  }
  const engine = decide(built.accessgrid.value)
  const prepared = engineRequests(requests)
  const plain = plainRequests(requests)
  const inTurn = usersInTurn(world, inTurnUsers, options.agreement)
  const preparedInTurn = engineRequests(inTurn)
  const engineAllows = (i: number): boolean => {
    const r = prepared[i]!
    return engine(r.subject, r.action, r.resource).effect === 'allow'
  }
  const votes = agreement([
    { name: 'accessgrid', limit: requests.length, allows: engineAllows },
    { name: plainName, limit: requests.length, allows: (i) => engine(plain[i]!.subject, plain[i]!.action, plain[i]!.resource).effect === 'allow' },
    { name: 'floor', limit: requests.length, allows: (i) => built.floor.value(requests[i]!) },
    { name: 'CASL', limit: requests.length, allows: (i) => built.casl.value(requests[i]!) },
    { name: 'Cedar', limit: options.cedarAgreement, allows: (i) => built.cedar.value(requests[i]!) },
  ])
  const inTurnVotes = agreement([
    { name: 'accessgrid', limit: inTurn.length, allows: (i) => engine(preparedInTurn[i]!.subject, preparedInTurn[i]!.action, preparedInTurn[i]!.resource).effect === 'allow' },
    { name: 'floor', limit: inTurn.length, allows: (i) => built.floor.value(inTurn[i]!) },
  ])
  const fast = timeTasks(
    [
      overPool('accessgrid', prepared, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool('floor', requests, 1_000, built.floor.value),
      overPool('CASL', requests, 1_000, built.casl.value),
      overPool(plainName, plain, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool(inTurnName, preparedInTurn, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool(`floor, ${inTurnUsers} users in turn`, inTurn, 1_000, built.floor.value),
    ],
    options.budget,
  )
  const slow = timeTasks([overPool('Cedar', requests, 5, built.cedar.value)], options.slowBudget)
  const timings = new Map<string, Timing>([...fast, ...slow])
  const at = (name: string): Timing | undefined => timings.get(name)
  const rows = (['accessgrid', 'floor', 'CASL', 'Cedar'] as const).map((name) => {
    const cost = built[name === 'CASL' ? 'casl' : name === 'Cedar' ? 'cedar' : name]
    return [name, spread(at(name)), ratio(at(name), at('floor')), ratio(at(name), at('CASL')), ratio(at(name), at('Cedar')), num(cost.ms), num(cost.mb)]
  })
  rows.push([plainName, spread(at(plainName)), ratio(at(plainName), at('floor')), ratio(at(plainName), at('CASL')), ratio(at(plainName), at('Cedar')), '—', '—'])
  const inTurnFloor = at(`floor, ${inTurnUsers} users in turn`)
  rows.push([inTurnName, spread(at(inTurnName)), ratio(at(inTurnName), inTurnFloor), '—', '—', '—', '—'])
  rows.push([`floor, ${inTurnUsers} users in turn`, spread(inTurnFloor), '1.00×', '—', '—', '—', '—'])
  const engineToFloor = (at('accessgrid')?.median ?? Infinity) / (at('floor')?.median ?? 0)
  const layers = [
    { name: 'no module (the engine alone)', modules: [] },
    ...defaultPolicy.modules.filter((m) => 'cell.read' in m.handlers).map((m) => ({ name: `${m.name} alone`, modules: [m] })),
  ]
  const byLayer = timeTasks(
    [
      ...layers.map((layer) => {
        const alone = decideWith(policy(layer.modules))(built.accessgrid.value)
        return overPool(layer.name, prepared, 1_000, (r) => alone(r.subject, r.action, r.resource).effect === 'allow')
      }),
      overPool('floor', requests, 1_000, built.floor.value),
    ],
    options.budget,
  )
  return {
    sections: [
      {
        title: 'Workload 1: cell decisions',
        intro: `One model: a module dimensioned by cost centres (10 regions > 200 countries > 10,000 cost centres, selective access) and 1,000 products (selective access), three versions, three roles with different module and version permissions, a read driver by cost centre and a write driver by product; ${world.users.length} users with ${workload1.grants.reduce((a, b) => a + b, 0)} selective-access grants each. Random read and write requests (${requests.length} prepared, ${num((100 * votes[0]!.allowed) / votes[0]!.checked)}% allowed) for one non-administrator user. accessgrid returns the full decision with its reasons; the peers return a boolean. The accessgrid row decides requests built by the library's constructors (\`subject.user\`, \`action.cellRead\`, \`resource.cell\`): \`decide\` checks and copies the subject and the cell on every call, and recognises the shared cell action without reading its keys. The plain-objects row decides the same requests written as object literals, as a service reads them from JSON (docs/robustness.md).`,
        headers: ['peer', 'ns per decision: median (min–max)', 'vs floor', 'vs CASL', 'vs Cedar', 'compile ms', 'compile MB'],
        rows,
        notes: [
          `Agreement: ${votes.map((v) => `${v.name} ${v.disagreements} disagreements in ${v.checked}`).join('; ')}. Cedar is checked on the first ${options.cedarAgreement} requests only: each call costs about a millisecond, most of it converting the entities passed with the request.`,
          `The two rows in turn: ${inTurn.length} requests of the first ${inTurnUsers} users, interleaved one by one, so that each request is another user's (agreement: ${inTurnVotes.map((v) => `${v.name} ${v.disagreements} disagreements in ${v.checked}`).join('; ')}). A decider remembers what it derives per user (their standing in the model, one entry a user: their role, membership, account flags and selective-access grants by item number, searched along an item's ancestors: see "The decider's memo" in docs/architecture.md); with one user the memo answers from its two latest entries, with users in turn from its maps.`,
          'Compile: accessgrid = `compile` of the world input (checks, indexes, freezing); floor = its Maps; CASL = one ability per user; Cedar = parsing the policies and each user\'s entities. MB is the JavaScript heap a build retains (the larger of the heap\'s growth across the build and the heap freed when a second build is dropped); Cedar keeps its policies and entities in WebAssembly memory, which that does not count.',
        ],
      },
      {
        title: 'Workload 1 by layer: where decide spends its time',
        intro: 'The same requests decided by a policy of one module at a time (and of none: request, settle, default deny), against the floor, in the same run. The layers add up to roughly the full policy.',
        headers: ['policy', 'ns per decision: median (min–max)', 'vs floor'],
        rows: [
          ...layers.map((layer) => [layer.name, spread(byLayer.get(layer.name)), ratio(byLayer.get(layer.name), byLayer.get('floor'))]),
          ['floor', spread(byLayer.get('floor')), '1.00×'],
        ],
        notes: [
          'Where the rest goes: per cell decision the full policy performs about 5 Map lookups (the action\'s plan, the version unless it is the one last found, each item\'s number, the role\'s verdicts for the version), 6 answers from the decider\'s memo (the user\'s standing, read by four layers: their account and administrator flags, membership, role and selective-access grants by item number; the role\'s verdicts; the line item\'s drivers) and one read per driver from its values by item number, compiled with the world, where the floor performs about 11 Map lookups. It allocates about 15 small objects, some 780 bytes on Node 20 (the request, its context and cell lookup, the selective-access caps and their reasons, the verdict and reason lists, the decision); the floor allocates none. Sorting the reasons costs most when two have the same code (two items not granted): about 80 ns to compare their parameters. Requests of one user over many cells are the case `decideCells` hoists (workload 2).',
        ],
      },
    ],
    floors: [
      { shape: 'workload 1 (one user), decide', ratio: engineToFloor },
      { shape: 'workload 1 (one user, plain objects), decide', ratio: (at(plainName)?.median ?? NaN) / (at('floor')?.median ?? NaN) },
      { shape: `workload 1 (${inTurnUsers} users in turn), decide`, ratio: (at(inTurnName)?.median ?? NaN) / (inTurnFloor?.median ?? NaN) },
    ],
    targets: [
      { name: 'workload 1: `decide` with reasons within 3× of the floor', measured: `${num(engineToFloor)}×`, met: engineToFloor <= 3 },
      {
        name: 'workload 1: accessgrid, floor, CASL and Cedar give identical decisions',
        measured: votes.map((v) => `${v.name} ${v.disagreements}/${v.checked}`).join(', '),
        met: votes.every((v) => v.disagreements === 0) && votes.filter((v) => v.name !== 'Cedar').every((v) => v.checked >= 20_000),
      },
    ],
  }
}
