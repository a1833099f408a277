// @ts-nocheck
import type { Subcommand } from '../subcommand.js'
import { check } from './check.js'
import { decide } from './decide.js'
import { impact } from './impact.js'
import { replay } from './replay.js'
import { review } from './review.js'
import { test } from './test.js'
import { whatCan } from './what-can.js'
import { whoCan } from './who-can.js'

/**
 * Every subcommand of `accessgrid`, in the order the help lists them. A new one is a file in this
 * folder and one line here.
 *
 * @example
 * ```ts
 * subcommands.find((s) => s.name === 'check')
 * ```
 */
export const subcommands: readonly Subcommand[] = [check, decide, whoCan, whatCan, impact, replay, test, review]
