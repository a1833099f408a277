// @ts-nocheck
import { buildAccount } from './account/build.js'
import { deepFreeze } from '../internal/deep-freeze.js'
import { problems as collect, type CompileError } from './errors.js'
import type { WorldInput } from './input/world.js'
import { defaultSettings, type Settings } from './settings.js'
import type { Snapshot } from './snapshot.js'
import { buildTenant } from './tenant/build.js'
import { buildWorkplace } from './workplace/build.js'

/**
 * Checks the integrity of a valid world input and indexes it: every error at once, or a frozen
 * snapshot holding `kept` (see {@link keptInput}). It only reads `input`: nothing of it is kept, frozen
 * or changed, so `input` may be the caller's own.
 */
export const build = (
  input: WorldInput,
  kept: WorldInput,
  settings: Partial<Settings> = {},
): { readonly errors: readonly CompileError[] } | { readonly snapshot: Snapshot } => {
  const problems = collect()
  const snapshot: Snapshot = {
    settings: { ...defaultSettings, ...settings },
    tenant: input.tenant === undefined ? undefined : buildTenant(input.tenant, 'tenant', problems),
    workplace: input.workplace === undefined ? undefined : buildWorkplace(input.workplace, 'workplace', problems),
    account: input.account === undefined ? undefined : buildAccount(input.account, 'account', problems),
    input: kept,
  }
  const errors = problems.list()
  return errors.length > 0 ? { errors } : { snapshot: deepFreeze(snapshot) }
}

