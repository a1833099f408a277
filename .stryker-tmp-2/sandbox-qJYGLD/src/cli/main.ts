#!/usr/bin/env node
// @ts-nocheck
// The `accessgrid` command: the process's streams and environment handed to `run`.
import { text } from 'node:stream/consumers'
import type { Io } from './io.js'
import { run } from './run.js'
import { version } from './version.js'

const io: Io = {
  out: (chunk) => process.stdout.write(chunk),
  err: (chunk) => process.stderr.write(chunk),
  stdin: () => text(process.stdin),
  colour: process.stdout.isTTY && (process.env['NO_COLOR'] ?? '') === '',
}

// A reader that stops early (`accessgrid review w.json --format csv | head`) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await run(process.argv.slice(2), io, version)
