/**
 * Runs only the shapes that do not flatter the engine (A, B, C), printing their report:
 * `tsx --expose-gc bench/shapes.ts [--quick] [grid|turns]`. `npm run bench` runs them with the workloads.
 */
// @ts-nocheck

import { options } from './options.js'
import { markdown } from './report.js'
import { runGrid } from './runs/grid.js'
import { runTurns } from './runs/turns.js'

const argv = process.argv.slice(2)
const settings = options(argv)
const only = argv.find((a) => !a.startsWith('--'))
const outcomes = [...(only === undefined || only === 'grid' ? [runGrid(settings)] : []), ...(only === undefined || only === 'turns' ? [runTurns(settings)] : [])]
console.log(markdown('# Shapes', outcomes))
