// @ts-nocheck
import { decide, id, resource, subject, type Action } from '../../src/index.js'
import { agreement } from '../agreement.js'
import { measureBuild, overPool, timeTasks } from '../measure.js'
import type { Options } from '../options.js'
import { compiled } from '../peers/engine.js'
import { connectionsFloor } from '../peers/connections-floor.js'
import { num, ratio, spread, type Outcome } from '../report.js'
import { connectionRequests, connectionsInput, connectionsWorld, connectionUsersInTurn, workload3, type ConnectionRequest } from '../workloads/connections.js'

const view: Action = { type: 'connection.view' }
const manage: Action = { type: 'connection.manage' }

/** Workload 3: connection roles with workplace roles, direct grants and 50 groups per user. */
export const runConnections = (options: Options): Outcome => {
  const world = connectionsWorld()
  const requests = connectionRequests(world, 'u0', options.agreement)
  const engineBuilt = measureBuild(() => compiled(connectionsInput(world)))
  const floorBuilt = measureBuild(() => connectionsFloor(world))
  const engine = decide(engineBuilt.value)
  const asEngine = (r: ConnectionRequest) => ({ subject: subject.user(id.user(r.user)), action: r.manage ? manage : view, resource: resource.workplaceConnection(id.connection(r.connection)) })
  const prepared = requests.map(asEngine)
  const inTurn = connectionUsersInTurn(world, options.agreement)
  const preparedInTurn = inTurn.map(asEngine)
  const votes = agreement([
    { name: 'accessgrid', limit: prepared.length, allows: (i) => engine(prepared[i]!.subject, prepared[i]!.action, prepared[i]!.resource).effect === 'allow' },
    { name: 'floor', limit: requests.length, allows: (i) => floorBuilt.value(requests[i]!) },
  ])
  const inTurnVotes = agreement([
    { name: 'accessgrid', limit: inTurn.length, allows: (i) => engine(preparedInTurn[i]!.subject, preparedInTurn[i]!.action, preparedInTurn[i]!.resource).effect === 'allow' },
    { name: 'floor', limit: inTurn.length, allows: (i) => floorBuilt.value(inTurn[i]!) },
  ])
  const inTurnName = `accessgrid, ${workload3.users} users in turn`
  const inTurnFloor = `floor, ${workload3.users} users in turn`
  const timings = timeTasks(
    [
      overPool('accessgrid', prepared, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool('floor', requests, 1_000, floorBuilt.value),
      overPool(inTurnName, preparedInTurn, 1_000, (r) => engine(r.subject, r.action, r.resource).effect === 'allow'),
      overPool(inTurnFloor, inTurn, 1_000, floorBuilt.value),
    ],
    options.budget,
  )
  const rows = [
    ['accessgrid', spread(timings.get('accessgrid')), ratio(timings.get('accessgrid'), timings.get('floor')), num(engineBuilt.ms), num(engineBuilt.mb)],
    ['floor', spread(timings.get('floor')), '1.00×', num(floorBuilt.ms), num(floorBuilt.mb)],
    [inTurnName, spread(timings.get(inTurnName)), ratio(timings.get(inTurnName), timings.get(inTurnFloor)), '—', '—'],
    [inTurnFloor, spread(timings.get(inTurnFloor)), '1.00×', '—', '—'],
  ]
  return {
    sections: [
      {
        title: 'Workload 3: connection roles',
        intro: `A workplace on the Enterprise plan: ${workload3.users} users (most with a custom role holding none of the four connection permissions, the others Viewers or Collaborators), ${workload3.groups} groups, ${workload3.groupsPerUser} groups per user, ${workload3.connections} connections with ${workload3.directPerConnection} direct user grants and ${workload3.groupsPerConnection} group grants each. Random \`connection.view\` and \`connection.manage\` requests of one user (${num((100 * votes[0]!.allowed) / votes[0]!.checked)}% allowed).`,
        headers: ['peer', 'ns per decision: median (min–max)', 'vs floor', 'compile ms', 'compile MB'],
        rows,
        notes: [
          `Agreement: ${votes.map((v) => `${v.name} ${v.disagreements} disagreements in ${v.checked}`).join('; ')}; in turn, ${inTurnVotes.map((v) => `${v.name} ${v.disagreements} disagreements in ${v.checked}`).join('; ')}.`,
          `A decider remembers each user's effective role on each connection it is asked about (the decider's memo), so only a user's first request on a connection walks their groups against the connection's; the floor walks them every time. In the rows in turn, every user of the workplace takes turns, one request each, over ${workload3.connections} connections: their roles fill the memo's maps instead of its two latest entries.`,
        ],
      },
    ],
    targets: [
      {
        name: 'workload 3: engine agrees with the floor',
        measured: `${votes[1]?.disagreements ?? '–'} disagreements in ${votes[1]?.checked ?? 0}, ${inTurnVotes[1]?.disagreements ?? '–'} in ${inTurnVotes[1]?.checked ?? 0} in turn`,
        met: votes[1]?.disagreements === 0 && inTurnVotes[1]?.disagreements === 0,
      },
    ],
  }
}
