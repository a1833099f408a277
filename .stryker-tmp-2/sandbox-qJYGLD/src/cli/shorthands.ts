// @ts-nocheck
import { parseJson } from './files.js'

const json = (text: string, flag: string): unknown => (text.trimStart().startsWith('{') ? parseJson(text, flag) : undefined)

/**
 * `--subject`: a user id, `internalAlias`, `scheduler`, or a subject as JSON.
 *
 * @example
 * ```ts
 * subjectShorthand('ana') // { kind: 'user', id: 'ana' }
 * ```
 */
export const subjectShorthand = (text: string): unknown =>
  json(text, '--subject') ?? (text === 'internalAlias' || text === 'scheduler' ? { kind: text } : { kind: 'user', id: text })

/**
 * `--action`: an action type (for actions without fields), or an action as JSON.
 *
 * @example
 * ```ts
 * actionShorthand('model.open') // { type: 'model.open' }
 * ```
 */
export const actionShorthand = (text: string): unknown => json(text, '--action') ?? { type: text }

/**
 * `--resource`: `kind` (tenant, workplace, account), `kind:id` (user, workspace, model, integration,
 * cloudworksConnection, workplaceConnection, project), or a resource as JSON (lists, items, cells).
 *
 * @example
 * ```ts
 * resourceShorthand('model:finance-plan') // { kind: 'model', id: 'finance-plan' }
 * ```
 */
export const resourceShorthand = (text: string): unknown => {
  const parsed = json(text, '--resource')
  if (parsed !== undefined) return parsed
  const colon = text.indexOf(':')
  return colon < 0 ? { kind: text } : { kind: text.slice(0, colon), id: text.slice(colon + 1) }
}
