// @ts-nocheck
import type { Access } from '../../domain/lattice.js'
import type { AccessRank } from './types.js'

/** The rank of an access level. */
export const accessRank = (access: Access): AccessRank => (access === 'write' ? 2 : access === 'read' ? 1 : 0)
