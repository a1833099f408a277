import { buildAccount } from './account/build.js'
import { deepFreeze } from '../internal/deep-freeze.js'
import { omit } from '../internal/omit.js'
import { problems as collect, type CompileError } from './errors.js'
import type { WorldInput } from './input/world.js'
import { defaultSettings, type Settings } from './settings.js'
import type { Snapshot } from './snapshot.js'
import { buildTenant } from './tenant/build.js'
import { buildWorkplace } from './workplace/build.js'

/**
 * Checks the integrity of a decoded world input and indexes it: every error at once, or a frozen
 * snapshot.
 */
export const build = (
  input: WorldInput,
  settings: Partial<Settings> = {},
): { readonly errors: readonly CompileError[] } | { readonly snapshot: Snapshot } => {
  const problems = collect()
  const snapshot: Snapshot = {
    settings: { ...defaultSettings, ...settings },
    tenant: input.tenant === undefined ? undefined : buildTenant(input.tenant, 'tenant', problems),
    workplace: input.workplace === undefined ? undefined : buildWorkplace(input.workplace, 'workplace', problems),
    account: input.account === undefined ? undefined : buildAccount(input.account, 'account', problems),
    input: kept(input),
  }
  const errors = problems.list()
  return errors.length > 0 ? { errors } : { snapshot: deepFreeze(snapshot) }
}

/**
 * What a snapshot keeps of its input: all but the parts `encode` reads from the live state instead (the
 * tenant's users and workspaces, each model's roles held and selective-access grants), which a large
 * world holds by the million.
 */
const kept = (input: WorldInput): WorldInput =>
  input.tenant === undefined
    ? input
    : {
        ...input,
        tenant: { ...input.tenant, users: [], workspaces: [], models: input.tenant.models.map((model) => omit(model, ['assignments', 'selectiveAccess'])) },
      }
