// @ts-nocheck
export { impact, impactOf, impactOfInput, type ImpactOptions, type CommandImpact } from './impact.js'
export { scopeBetween } from './between.js'
export { scopeOfCommand } from './scoping.js'
export { everything, noScope, unionScope, type Scope, type Reach, type CellReach } from './scope.js'
export { explainImpact } from './explain.js'
export type {
  Impact, AdminRolesChange, ActChange, Seat, MembershipChange, ModelRoleChange, ImpactSlice, CellSet, CellsChange, CeilingChange, ModelChange,
  Completeness, RunChange, ConnectionChange, AccountChange,
} from './types.js'
