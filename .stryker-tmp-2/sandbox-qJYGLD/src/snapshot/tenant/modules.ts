// @ts-nocheck
import type { DriverId, LineItemId, ListId, ModuleId } from '../../domain/ids.js'
import type { Problems } from '../errors.js'
import { checkRef, indexById } from '../index-by-id.js'
import type { LineItemInput, ModuleInput } from '../input/tenant.js'
import { usersDimension, type DriverRecord, type LineItemRecord, type ListRecord, type ModuleRecord } from './types.js'

/**
 * The model's modules. Each dimension must be a list of the model, each driver a driver of the model,
 * and a driver's dimensions must be among the module's lists (or `users`), so that every cell of the
 * module has exactly one driver value.
 */
export const buildModules = (
  inputs: readonly ModuleInput[],
  path: string,
  lists: ReadonlyMap<ListId, ListRecord>,
  drivers: ReadonlyMap<DriverId, DriverRecord>,
  problems: Problems,
): ReadonlyMap<ModuleId, ModuleRecord> =>
  indexById<ModuleId, ModuleInput, ModuleRecord>(inputs, path, problems, (module, index) => {
    const at = `${path}[${index}]`
    const dimensions = (module.lists ?? []).filter((list, i) => checkRef(lists, list, `${at}.lists[${i}]`, 'list', problems)) as ListId[]
    dimensions.forEach((list, i) => {
      if (dimensions.indexOf(list) !== i) problems.report('duplicate_id', `${at}.lists[${i}]`, `list '${list}' dimensions the module twice`)
    })
    const lineItem = (item: LineItemInput, i: number): LineItemRecord => ({
      id: item.id as LineItemId,
      readDriver: driverRef(item.readDriver, `${at}.lineItems[${i}].readDriver`, dimensions, drivers, problems),
      writeDriver: driverRef(item.writeDriver, `${at}.lineItems[${i}].writeDriver`, dimensions, drivers, problems),
    })
    return {
      id: module.id as ModuleId,
      lists: dimensions,
      selectiveAccessLists: dimensions.filter((list) => lists.get(list)?.selectiveAccess === true),
      lineItems: indexById<LineItemId, LineItemInput, LineItemRecord>(module.lineItems ?? [], `${at}.lineItems`, problems, lineItem),
    }
  })

const driverRef = (
  driverId: string | undefined,
  path: string,
  dimensions: readonly ListId[],
  drivers: ReadonlyMap<DriverId, DriverRecord>,
  problems: Problems,
): DriverId | undefined => {
  if (driverId === undefined || !checkRef(drivers, driverId, path, 'driver', problems)) return undefined
  const foreign = drivers.get(driverId as DriverId)?.dimensions.filter((d) => d !== usersDimension && !dimensions.includes(d as ListId))
  if (foreign !== undefined && foreign.length > 0) {
    problems.report('invalid_value', path, `driver '${driverId}' is dimensioned by ${foreign.join(', ')}, which the module is not`)
    return undefined
  }
  return driverId as DriverId
}
