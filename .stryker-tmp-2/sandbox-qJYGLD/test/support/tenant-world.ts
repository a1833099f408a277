/**
 * A small typed builder for planning-tenant worlds in tests: plain `TenantInput` values with sensible
 * defaults, and helpers that compile them (failing loudly on integrity errors) and ask `decide`.
 */
// @ts-nocheck

import { decide, type Action, type Decision, type MemberInput, type ModelInput, type Resource, type Subject, type TenantInput, type UserInput, type WorkspaceInput, type World } from '../../src/index.js'

type Options<T, K extends keyof T> = Partial<Omit<T, K>>

/** An internal user (override `kind` for a visitor). */
export const user = (id: string, options: Options<UserInput, 'id'> = {}): UserInput => ({ id, kind: 'internal', ...options })

/** A visiting user: their home tenant is another one (F16). */
export const visitor = (id: string, options: Options<UserInput, 'id' | 'kind'> = {}): UserInput => ({ id, kind: 'visiting', ...options })

/** A workspace member; `admin` makes them a workspace administrator. */
export const member = (userId: string, options: Options<MemberInput, 'user'> = {}): MemberInput => ({ user: userId, ...options })

/** A workspace administrator member (R32). */
export const wsa = (userId: string): MemberInput => ({ user: userId, admin: true })

/** A workspace with its members. */
export const workspace = (id: string, ...members: readonly MemberInput[]): WorkspaceInput => ({ id, members })

/** A model in a workspace; `roles` maps user ids to model roles (`fullAccess`, `noAccess` or a custom role). */
export const model = (
  id: string,
  workspaceId: string,
  roles: Readonly<Record<string, string>> = {},
  options: Options<ModelInput, 'id' | 'workspace' | 'assignments'> = {},
): ModelInput => ({
  id,
  workspace: workspaceId,
  assignments: Object.entries(roles).map(([u, role]) => ({ user: u, role })),
  ...options,
})

/** A tenant from its parts; switches and audit stay at their defaults unless given. */
export const tenant = (
  users: readonly UserInput[],
  workspaces: readonly WorkspaceInput[],
  models: readonly ModelInput[] = [],
  options: Options<TenantInput, 'users' | 'workspaces' | 'models'> = {},
): TenantInput => ({ users, workspaces, models, ...options })

/** A question for `decide`. */
export interface Question {
  readonly subject: Subject
  readonly action: Action
  readonly resource: Resource
}

/** Decides one question over a world with the default policy. */
export const ask = (world: World, question: Question): Decision => decide(world)(question.subject, question.action, question.resource)

/** The reason codes of a decision, sorted, for set comparison. */
export const codes = (reasons: Decision['reasons']): readonly string[] => [...new Set(reasons.map((r) => r.code))].sort()
