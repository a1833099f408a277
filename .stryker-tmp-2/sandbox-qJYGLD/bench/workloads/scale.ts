// @ts-nocheck
import type { PlanningSizes } from './planning.js'

/** One size of workload 4: users and list items grow together. */
export interface ScaleSize {
  readonly label: string
  readonly users: number
  readonly sizes: PlanningSizes
}

/**
 * Workload 4: the planning workload at 1k / 10k / 100k users with about 10k / 100k / 1M list items
 * (10 regions, 200 countries, the cost centres, 1,000 products), 10 selective-access grants per user.
 */
export const scaleSizes: readonly ScaleSize[] = [
  { label: '1k users, 10k items', users: 1_000, costCentresPerCountry: 45 },
  { label: '10k users, 100k items', users: 10_000, costCentresPerCountry: 495 },
  { label: '100k users, 1M items', users: 100_000, costCentresPerCountry: 4_995 },
].map(({ label, users, costCentresPerCountry }) => ({
  label,
  users,
  sizes: { regions: 10, countriesPerRegion: 20, costCentresPerCountry, products: 1_000, versions: 3, users, grants: [0, 1, 4, 5] },
}))

/** The number of list items of a size. */
export const listItems = (sizes: PlanningSizes): number => {
  const countries = sizes.regions * sizes.countriesPerRegion
  return sizes.regions + countries + countries * sizes.costCentresPerCountry + sizes.products
}
