import type { DriverId, LineItemId, ModuleId, VersionId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { dangling } from '../index-by-id.js'
import type { DriverInput } from '../input/tenant.js'
import { usersDimension, type DriverRecord, type ModuleRecord } from './types.js'

/** Whether two lists of list ids name the same lists, in any order. */
const sameLists = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((list) => b.includes(list))

/**
 * Checks each driver's `lineItem` (F47: the line item holding its values as data): its module, line
 * item and version exist (`dangling_reference` at `….lineItem.module`, `.lineItem`, `.version`), the
 * module is dimensioned by exactly the driver's lists (`invalid_value` at `….lineItem.module`; a
 * `users` dimension is not a module list and is named by the write), and no two drivers hold their
 * values in one line item at one version (`duplicate_id` at `….lineItem`): a write would change one
 * and not the other.
 *
 * @example
 * ```ts
 * checkDriverLineItems(model.drivers ?? [], 'tenant.models[0].drivers', drivers, modules, versions, problems)
 * ```
 */
export const checkDriverLineItems = (
  inputs: readonly DriverInput[],
  path: string,
  drivers: ReadonlyMap<DriverId, DriverRecord>,
  modules: ReadonlyMap<ModuleId, ModuleRecord>,
  versions: ReadonlySet<VersionId>,
  problems: Problems,
): void => {
  const holders = new Map<string, string>()
  inputs.forEach((driver, index) => {
    const held = driver.lineItem
    if (held === undefined) return
    const at = `${path}[${index}].lineItem`
    const module = modules.get(held.module as ModuleId)
    if (module === undefined) dangling(held.module, `${at}.module`, 'module', problems)
    else if (!module.lineItems.has(held.lineItem as LineItemId)) dangling(held.lineItem, `${at}.lineItem`, `line item of module '${held.module}'`, problems)
    if (!versions.has(held.version as VersionId)) dangling(held.version, `${at}.version`, 'version', problems)
    const lists = (drivers.get(driver.id as DriverId)?.dimensions ?? driver.dimensions ?? []).filter((d) => d !== usersDimension)
    if (module !== undefined && !sameLists(module.lists, lists))
      problems.report(
        'invalid_value',
        `${at}.module`,
        `module '${held.module}' is dimensioned by [${module.lists.join(', ')}], driver '${driver.id}' by the lists [${lists.join(', ')}]: they must be the same`,
      )
    const key = JSON.stringify([held.module, held.lineItem, held.version])
    const other = holders.get(key)
    if (other !== undefined) problems.report('duplicate_id', at, `line item '${held.lineItem}' of module '${held.module}' at version '${held.version}' already holds driver '${other}'`)
    else holders.set(key, driver.id)
  })
}
