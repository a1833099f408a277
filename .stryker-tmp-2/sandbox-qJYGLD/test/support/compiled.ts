// @ts-nocheck
// Compiling in tests: a world that must compile, and the policy the properties decide with.
import { compile, defaultPolicy, policy, type Policy, type Settings, type World } from '../../src/index.js'
import { generous, probe, strict } from './probe.js'

/**
 * The compiled world (with `settings` over the defaults), or a thrown error listing every compile error
 * at its path (a test bug, not a property failure). The one compile helper of the test suite.
 */
export const compiled = (input: unknown, settings: Partial<Settings> = {}): World => {
  const result = compile(input, settings)
  if (result._tag === 'Left') throw new Error(result.left.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return result.right
}

/** Every real rule module plus the test modules, so that decisions read the world even before modules merge. */
export const probeModules = [...defaultPolicy.modules, probe, generous, strict]

/** The policy of {@link probeModules}. */
export const probePolicy: Policy = policy(probeModules)
