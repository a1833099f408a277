// @ts-nocheck
import type { PlanningSizes } from './planning.js'
import { workload1 } from './planning.js'

/** Workload 2: 10,000 cost centres × 100 products × 1 version = 1,000,000 cells. */
export const workload2: PlanningSizes = { ...workload1, products: 100, versions: 1 }
