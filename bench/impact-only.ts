import { options } from './options.js'
import { markdown } from './report.js'
import { runImpact } from './runs/impact.js'
const s = options(process.argv.slice(2))
console.log(markdown('# impact', [runImpact(s)]))
