import type { UserId } from '../ids.js'
import { permissionOn, type ActionSpecs } from './spec.js'

/** The four object operations on CloudWorks connections and integrations (F21). */
export type CrudOperation = 'create' | 'read' | 'update' | 'delete'

/**
 * Create a CloudWorks connection or integration in a workspace (resource: the workspace). Whether it is
 * restricted follows from who creates it (F21).
 */
export interface CreateCloudworksObject {
  readonly type: 'cloudworks.create'
  readonly object: 'connection' | 'integration'
}
/** Read, update or delete a CloudWorks connection or integration (resource: the object). */
export interface ManageCloudworksObject {
  readonly type: 'cloudworks.manage'
  readonly operation: Exclude<CrudOperation, 'create'>
}
/** Run an integration: by hand (subject: a user) or on schedule (subject: the scheduler). */
export interface RunIntegration { readonly type: 'cloudworks.run' }
/** Set or clear the user an integration runs as (R20, A32). `user: null` clears it. */
export interface SetRunAs { readonly type: 'cloudworks.setRunAs'; readonly user: UserId | null }

/** CloudWorks acts. */
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
