// @ts-nocheck
import type { WorldInput } from '../../src/index.js'
import { names, type Planning, type Rank } from './planning.js'

const access = ['none', 'read', 'write'] as const
const level = (rank: Rank): 'none' | 'read' | 'write' => access[rank]

/** The planning workload as the engine's world input. */
export const planningInput = (world: Planning): WorldInput => ({
  tenant: {
    users: world.users.map((u) => ({ id: u.id, kind: 'internal' })),
    workspaces: [{ id: names.workspace, members: world.users.map((u) => ({ user: u.id })) }],
    models: [
      {
        id: names.model,
        workspace: names.workspace,
        versions: world.versions.map((id) => ({ id })),
        lists: [
          { id: 'regions', items: world.regions.map((id) => ({ id })) },
          { id: 'countries', parent: 'regions', items: world.countries },
          { id: 'costCentres', parent: 'countries', selectiveAccess: true, items: world.costCentres },
          { id: 'products', selectiveAccess: true, items: world.products.map((id) => ({ id })) },
        ],
        drivers: [
          { id: names.readDriver, dimensions: ['costCentres'], values: [...world.readDriver].map((cc) => ({ items: { costCentres: cc }, value: true })) },
          { id: names.writeDriver, dimensions: ['products'], values: [...world.writeDriver].map((p) => ({ items: { products: p }, value: true })) },
        ],
        modules: [
          {
            id: names.module,
            lists: ['costCentres', 'products'],
            lineItems: [{ id: names.lineItem, readDriver: names.readDriver, writeDriver: names.writeDriver }],
          },
        ],
        roles: world.roles.map((role) => ({
          id: role.id,
          modules: { [names.module]: level(role.module) },
          versions: Object.fromEntries(Object.entries(role.versions).filter(([v]) => world.versions.includes(v)).map(([v, r]) => [v, level(r)])),
        })),
        assignments: world.users.map((u) => ({ user: u.id, role: u.role })),
        selectiveAccess: world.users.flatMap((u) => u.grants.map((g) => ({ user: u.id, list: g.list, item: g.item, level: g.rank === 2 ? 'write' : 'read' }))),
      },
    ],
  },
})
