// @ts-nocheck
import type { UserId } from '../ids.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/**
 * The four object operations on CloudWorks connections and integrations (F21).
 *
 * @example
 * ```ts
 * const operation: CrudOperation = 'update'
 * ```
 */
export type CrudOperation = 'create' | 'read' | 'update' | 'delete'

/**
 * Create a CloudWorks connection or integration in a workspace (resource: the workspace). Whether it is
 * restricted follows from who creates it (F21).
 *
 * @example
 * ```ts
 * const create: CreateCloudworksObject = { type: 'cloudworks.create', object: 'integration' } // on resource.workspace(id.workspace('finance'))
 * ```
 */
export interface CreateCloudworksObject {
  readonly type: 'cloudworks.create'
  readonly object: 'connection' | 'integration'
}
/**
 * Read, update or delete a CloudWorks connection or integration (resource: the object).
 *
 * @example
 * ```ts
 * const remove: ManageCloudworksObject = { type: 'cloudworks.manage', operation: 'delete' } // on resource.integration(id.integration('budget-upload'))
 * ```
 */
export interface ManageCloudworksObject {
  readonly type: 'cloudworks.manage'
  readonly operation: Exclude<CrudOperation, 'create'>
}
/**
 * Run an integration: by hand (subject: a user) or on schedule (subject: the scheduler).
 *
 * @example
 * ```ts
 * const run: RunIntegration = { type: 'cloudworks.run' } // by subject.scheduler for a scheduled run
 * ```
 */
export interface RunIntegration { readonly type: 'cloudworks.run' }
/**
 * Set or clear the user an integration runs as (R20, A32). `user: null` clears it.
 *
 * @example
 * ```ts
 * const runAsRita: SetRunAs = { type: 'cloudworks.setRunAs', user: id.user('rita') }
 * const clear: SetRunAs = { type: 'cloudworks.setRunAs', user: null }
 * ```
 */
export interface SetRunAs { readonly type: 'cloudworks.setRunAs'; readonly user: UserId | null }

/**
 * CloudWorks acts.
 *
 * @example
 * ```ts
 * const action: CloudworksAction = { type: 'cloudworks.manage', operation: 'read' }
 * ```
 */
export type CloudworksAction = CreateCloudworksObject | ManageCloudworksObject | RunIntegration | SetRunAs

/**
 * Specs of the CloudWorks acts.
 *
 * @example
 * ```ts
 * cloudworksActionSpecs['cloudworks.create'].resources // ['workspace']
 * ```
 */
export const cloudworksActionSpecs: ActionSpecs<CloudworksAction['type']> = {
  'cloudworks.create': permissionOn('workspace'),
  'cloudworks.manage': permissionOn('cloudworksConnection', 'integration'),
  'cloudworks.run': permissionOn('integration'),
  'cloudworks.setRunAs': permissionOn('integration'),
}
