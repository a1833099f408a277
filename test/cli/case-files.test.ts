// A case file's unreadable world or file is one failed case saying why, in the command's words.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCaseFile } from '../../src/cli/cases/files.js'

const folder = mkdtempSync(join(tmpdir(), 'accessgrid-cases-'))
mkdirSync(join(folder, 'worlds'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const caseNaming = (world: string): string => {
  const path = join(folder, `${world.replace(/\W/g, '_')}.json`)
  writeFileSync(path, JSON.stringify({ description: 'a world by path', world, requests: [] }))
  return path
}

describe('runCaseFile on what cannot be read', () => {
  it('a world path that is a folder says so (it used to say "no such file")', () =>
    expect(runCaseFile(caseNaming('worlds'), folder)).toEqual([{ file: 'worlds.json', description: 'a world by path', failure: 'world worlds: is a folder, not a file' }]))
  it('a missing world file is no such file', () =>
    expect(runCaseFile(caseNaming('gone.json'), folder)).toEqual([{ file: 'gone_json.json', description: 'a world by path', failure: 'world gone.json: no such file' }]))
  it('a case file that is a folder says so', () =>
    expect(runCaseFile(join(folder, 'worlds'), folder)).toEqual([{ file: 'worlds', description: '(the file)', failure: 'is a folder, not a file' }]))
})
