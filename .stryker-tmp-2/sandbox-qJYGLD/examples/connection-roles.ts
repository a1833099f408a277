// @ts-nocheck
// Connection roles of a workplace (seed 001): who may view, use and manage an integration connection.
// Run with: npx tsx examples/connection-roles.ts
import { compile, decide, explain, id, resource, subject, type Action } from '../src/index.js'

const world = compile({
  workplace: {
    plan: 'team',
    addOns: ['userGroups'],
    users: [
      { id: 'olivia', role: 'owner' },
      { id: 'carl', role: 'collaborator' },
      { id: 'vera', role: 'viewer' },
    ],
    groups: [{ id: 'data-team', users: ['vera'] }],
    projects: [{ id: 'backend', members: [{ group: 'data-team', role: 'collaborator' }, { user: 'carl', role: 'collaborator' }] }],
    connections: [
      {
        id: 'aws',
        createdBy: 'olivia',
        members: [
          { user: 'olivia', role: 'admin' },
          { user: 'carl', role: 'viewer' },
          { group: 'data-team', role: 'consumer' },
        ],
      },
    ],
  },
})
if (world._tag === 'Left') throw new Error(world.left.map((e) => `${e.path}: ${e.message}`).join('\n'))

const ask = decide(world.right)
const aws = resource.workplaceConnection(id.connection('aws'))
const show = (who: string, action: Action, title: string): void => {
  console.log(`${title}\n${explain(ask(subject.user(id.user(who)), action, aws))}\n`)
}

show('carl', { type: 'connection.createSync', project: id.project('backend') }, 'Carl (Collaborator, given Viewer) creates a sync into backend:')
show('vera', { type: 'connection.createSync', project: id.project('backend') }, 'Vera (Viewer, in data-team) creates a sync into backend:')
show('olivia', { type: 'connection.setMemberRole', member: { user: id.user('carl') }, role: 'none' }, 'Olivia sets Carl to None:')
show('olivia', { type: 'connection.removeMember', member: { user: id.user('carl') } }, 'Olivia removes Carl:')
