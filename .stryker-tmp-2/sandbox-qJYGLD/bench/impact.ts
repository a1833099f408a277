// @ts-nocheck
import { options } from './options.js'
import { markdown } from './report.js'
import { runImpact } from './runs/impact.js'

// `npm run bench:impact`: the what-if and lint figures alone (they are also part of `npm run bench`).
const settings = options(process.argv.slice(2))
console.log(markdown(`# What if and lint\n\nWritten by \`npm run bench:impact${settings.quick ? ' -- --quick' : ''}\`.`, [runImpact(settings)]))
