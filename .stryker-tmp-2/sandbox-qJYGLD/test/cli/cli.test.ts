// @ts-nocheck
// The `accessgrid` command, built and run as a child process (docs/cli.md).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { accessReview, commandCodec, compile, decide, id, impactOf, resource, reviewCsv, reviewJson, subject, whatCan, whoCan } from '../../src/index.js'
import { subcommands } from '../../src/cli/commands/index.js'
import { accessgrid, root, type Ran } from './run-cli.js'

const scratch = mkdtempSync(join(tmpdir(), 'accessgrid-cli-'))
const file = (name: string, content: string): string => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}
const cleanWorld = file('clean.json', JSON.stringify({ tenant: { users: [{ id: 'ana', kind: 'internal' }], workspaces: [{ id: 'ws', members: [{ user: 'ana' }] }], models: [{ id: 'plan', workspace: 'ws', assignments: [{ user: 'ana', role: 'fullAccess' }] }] } }))
const world = 'examples/world.json'
const request = 'examples/cli/request.json'

/** A failure the way the command must report bad input: one line on stderr, no stack, nothing on stdout. */
const oneLineFailure = (ran: Ran, ...parts: readonly string[]) => {
  expect(ran.status).toBe(2)
  expect(ran.stdout).toBe('')
  expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(ran.stderr).not.toMatch(/\n\s+at /)
  for (const part of parts) expect(ran.stderr).toContain(part)
}

describe('help', () => {
  it('lists every subcommand, and exits 2 when none is given', async () => {
    const ran = await accessgrid([])
    expect(ran.status).toBe(2)
    for (const s of subcommands) expect(ran.stdout).toContain(`  ${s.name}`)
  })
  for (const s of subcommands)
    it(`${s.name} --help gives the synopsis and an example`, async () => {
      const ran = await accessgrid([s.name, '--help'])
      expect(ran.status).toBe(0)
      expect(ran.stdout).toContain(`Usage: accessgrid ${s.name}`)
      expect(ran.stdout).toMatch(new RegExp(`Examples:\\n  accessgrid ${s.name} `))
    })
  it('an unknown subcommand or option is one line and exit 2', async () => {
    oneLineFailure(await accessgrid(['chekc', world]), "unknown subcommand 'chekc'")
    oneLineFailure(await accessgrid(['check', world, '--bogus']), "'--bogus'")
  })
  it('--version prints the package version', async () => {
    expect((await accessgrid(['--version'])).stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version)
  })
})

describe('check', () => {
  it('exits 0 on a clean world', async () => {
    const ran = await accessgrid(['check', cleanWorld])
    expect(ran.status).toBe(0)
    expect(ran.stdout).toContain('no errors, no findings')
  })
  it('exits 1 with the lint findings and their severities (the alias trap of examples/world.json)', async () => {
    const ran = await accessgrid(['check', world])
    expect(ran.status).toBe(1)
    expect(ran.stdout).toContain('warning integration.actor_cannot_read_list: Integration nightly-opex-export')
  })
  it('exits 2 with every compile error, each with its path', async () => {
    const bad = file('bad.json', JSON.stringify({ tenant: { users: [{ id: 'ana', kind: 'robot' }], workspaces: [{ id: 'ws', members: [{ user: 'bob' }] }], models: [], colour: 'red' } }))
    const ran = await accessgrid(['check', bad])
    expect(ran.status).toBe(2)
    expect(ran.stdout).toContain('tenant.colour: unknown field')
    expect(ran.stdout).toContain('tenant.users[0].kind: expected one of internal, visiting')
    const dangling = file('dangling.json', JSON.stringify({ tenant: { users: [], workspaces: [{ id: 'ws', members: [{ user: 'bob' }] }], models: [] } }))
    const second = await accessgrid(['check', dangling, '--json'])
    expect(second.status).toBe(2)
    expect(JSON.parse(second.stdout)).toMatchObject({ version: 1, command: 'check', errors: [{ code: 'dangling_reference', path: 'tenant.workspaces[0].members[0].user' }] })
  })
  it('--json has a version field, the findings with severity and English', async () => {
    const out = JSON.parse((await accessgrid(['check', world, '--json'])).stdout) as { version: number; findings: { severity: string; code: string; message: string }[] }
    expect(out.version).toBe(1)
    expect(out.findings[0]).toMatchObject({ severity: 'warning', code: 'integration.actor_cannot_read_list' })
    expect(out.findings[0]?.message).toContain('Internal (Full Access)')
  })
})

describe('bad input: one line naming the file and the bad field, never a stack trace', () => {
  it('a missing file', async () => oneLineFailure(await accessgrid(['check', 'nope.json']), 'nope.json: no such file'))
  it('a file that is not JSON', async () => oneLineFailure(await accessgrid(['decide', file('broken.json', '{\n  "tenant": \n}'), request]), 'broken.json: not JSON'))
  it('JSON that is not a world', async () => oneLineFailure(await accessgrid(['decide', file('notworld.json', '{"tenant": {"users": 3, "workspaces": [], "models": []}}'), request]), 'notworld.json: tenant.users: '))
  it('JSON that is not a request', async () => {
    const bad = file('notrequest.json', JSON.stringify({ subject: { kind: 'user', id: 'paula' }, action: { type: 'cell.read' }, resource: { kind: 'tenant' } }))
    oneLineFailure(await accessgrid(['decide', world, bad]), 'notrequest.json: action.channel: missing field')
  })
  it('a bad line of a command log names the line', async () => {
    const log = file('log.jsonl', `${readFileSync(join(root, 'examples/cli/commands.jsonl'), 'utf8')}{"actor":{"kind":"user","id":"tina"}}\n`)
    oneLineFailure(await accessgrid(['replay', world, log]), 'log.jsonl:4: action: missing field')
  })
})

describe('decide', () => {
  const compiled = compile(JSON.parse(readFileSync(join(root, world), 'utf8')))
  if (compiled._tag === 'Left') throw new Error('examples/world.json does not compile')
  const paula = decide(compiled.right)(subject.user(id.user('paula')), { type: 'model.open' }, resource.model(id.model('finance-plan')))

  it('a request file: the decision in English, exit 0 on allow, 1 on deny', async () => {
    const allowed = await accessgrid(['decide', world, request])
    expect(allowed.status).toBe(0)
    expect(allowed.stdout).toMatch(/^Allowed \(level: write\)/)
    const denied = await accessgrid(['decide', world, '--subject', 'olga', '--action', 'model.open', '--resource', 'model:finance-plan'])
    expect(denied.status).toBe(1)
    expect(denied.stdout).toMatch(/^Denied/)
  })
  it('a request on standard input, and the shorthands, give what decide gives', async () => {
    const viaStdin = await accessgrid(['decide', world, '-', '--json'], { stdin: JSON.stringify({ subject: { kind: 'user', id: 'paula' }, action: { type: 'model.open' }, resource: { kind: 'model', id: 'finance-plan' } }) })
    const viaFlags = await accessgrid(['decide', world, '--subject', 'paula', '--action', 'model.open', '--resource', 'model:finance-plan', '--json'])
    for (const ran of [viaStdin, viaFlags]) expect(JSON.parse(ran.stdout)).toMatchObject({ version: 1, command: 'decide', decision: JSON.parse(JSON.stringify(paula)) as unknown })
  })
  it('--trace lists every module of the policy for the action', async () => {
    const ran = await accessgrid(['decide', world, request, '--trace'])
    expect(ran.stdout).toMatch(/module\s+verdicts/)
    expect(ran.stdout).toContain('modelRoles')
    expect(ran.stdout).toContain('selectiveAccess')
  })
  it('shorthands and a file together, or an incomplete set, are a usage error', async () => {
    oneLineFailure(await accessgrid(['decide', world, request, '--subject', 'ana']), 'not both')
    oneLineFailure(await accessgrid(['decide', world, '--subject', 'ana']), 'all of --subject, --action and --resource')
  })
})

describe('the reverse questions and the access review: what the library answers, printed', () => {
  const compiled = compile(JSON.parse(readFileSync(join(root, world), 'utf8')))
  if (compiled._tag === 'Left') throw new Error('examples/world.json does not compile')
  const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
  const berlin = { kind: 'cell', model: 'finance-plan', module: 'opex', lineItem: 'amount', version: 'budget', items: { 'cost-centre': 'cc-berlin', product: 'widgets' } }

  it('who-can lists whoCan\'s entries (--include all: with those denied)', async () => {
    const action = { type: 'cell.write', channel: 'interactive' } as const
    const ran = await accessgrid(['who-can', world, '--action', JSON.stringify(action), '--resource', JSON.stringify(berlin), '--include', 'all', '--json'])
    expect(ran.status).toBe(0)
    const expected = whoCan(compiled.right)(action, resource.cell({ model: id.model('finance-plan'), module: id.module('opex'), lineItem: id.lineItem('amount'), version: id.version('budget'), items: { [id.list('cost-centre')]: id.item('cc-berlin'), [id.list('product')]: id.item('widgets') } }), { include: 'all' })
    expect(JSON.parse(ran.stdout)).toMatchObject({ version: 1, command: 'who-can', entries: json(expected.entries) })
    const text = await accessgrid(['who-can', world, '--action', 'model.open', '--resource', 'model:finance-plan'])
    expect(text.stdout).toMatch(/^subject\s+effect\s+level\s+why/)
    expect(text.stdout).toContain('Internal (Full Access)  allow')
  })
  it('what-can prints whatCan\'s answer; an unknown model is one line and exit 2', async () => {
    const ran = await accessgrid(['what-can', world, '--subject', 'paula', '--scope', 'model:finance-plan', '--json'])
    expect(JSON.parse(ran.stdout)).toMatchObject({ version: 1, command: 'what-can', answer: json(whatCan(compiled.right)(subject.user(id.user('paula')), { kind: 'model', model: id.model('finance-plan') })) })
    expect((await accessgrid(['what-can', world, '--subject', 'paula', '--scope', 'model:finance-plan'])).stdout).toMatch(/module\s+line item\s+version\s+level/)
    oneLineFailure(await accessgrid(['what-can', world, '--subject', 'paula', '--scope', 'model:nope']), "no model 'nope'")
    oneLineFailure(await accessgrid(['what-can', world, '--subject', 'paula', '--scope', 'galaxy']), '--scope is model:ID')
  })
  it('review --format csv and json write accessReview\'s rows; json carries the version', async () => {
    const csv = await accessgrid(['review', world, '--format', 'csv', '--sections', 'model,selectiveAccess'])
    expect(csv.stdout).toBe([...reviewCsv(accessReview(compiled.right, { sections: ['model', 'selectiveAccess'] }))].join(''))
    const out = JSON.parse((await accessgrid(['review', world, '--format', 'json'])).stdout) as { version: number; rows: unknown }
    expect(out.version).toBe(1)
    expect(out.rows).toEqual(JSON.parse([...reviewJson(accessReview(compiled.right))].join('')))
    oneLineFailure(await accessgrid(['review', world, '--format', 'csv', '--sections', 'modle']), "unknown section 'modle'")
  })
  it('impact --command prints impactOf\'s changes, exit 1 when something changes; --after the same world changes nothing', async () => {
    const command = { actor: { kind: 'user', id: 'wes' }, action: { type: 'workspace.setModelRole', model: 'finance-plan', role: 'reviewer' }, resource: { kind: 'user', id: 'paula' }, at: 1795424580000, tiebreak: 'tx-2' }
    const ran = await accessgrid(['impact', world, '--command', file('grant.json', JSON.stringify(command)), '--json'])
    expect(ran.status).toBe(1)
    const decoded = commandCodec.decode(command)
    if (decoded._tag === 'Left') throw new Error('the command does not decode')
    const expected = impactOf(compiled.right, decoded.right)
    if (expected.tag === 'rejected') throw new Error('the command is rejected')
    expect(JSON.parse(ran.stdout)).toMatchObject({ version: 1, command: 'impact', impact: { models: json(expected.impact.models) } })
    const same = await accessgrid(['impact', world, '--after', world])
    expect(same.status).toBe(0)
    expect(same.stdout).toBe('Nothing changes.\n')
    oneLineFailure(await accessgrid(['impact', world]), 'usage: accessgrid impact')
  })
  it('review --format html writes one page', async () => {
    const out = join(scratch, 'report.html')
    const ran = await accessgrid(['review', world, '--format', 'html', '-o', out])
    expect(ran.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<section id="model-finance-plan"/)
  })
})

describe('replay', () => {
  it('applies the log in (timestamp, tiebreak) order, explains each outcome, exits 1 when one is rejected', async () => {
    const after = join(scratch, 'after.json')
    const ran = await accessgrid(['replay', world, 'examples/cli/commands.jsonl', '-o', after])
    expect(ran.status).toBe(1)
    expect(ran.stdout).toMatch(/1\. .*#tx-1 .*applied/)
    expect(ran.stdout).toMatch(/3\. .*#tx-3 .*rejected/)
    expect(ran.stdout).toContain('2 applied, 1 rejected')
    expect((await accessgrid(['check', after])).status).not.toBe(2)
  })
})

describe('test', () => {
  it('runs the bundled conformance corpus: N passed, 0 failed', async () => {
    const ran = await accessgrid(['test', 'test/conformance/cases'])
    expect(ran.status).toBe(0)
    expect(ran.stdout).toMatch(/^\d+ passed, 0 failed\n$/)
  })
  it('runs a team\'s own case file next to its world, and reports a failed expectation', async () => {
    expect((await accessgrid(['test', 'examples/cli/cases'])).stdout).toMatch(/^[1-9]\d* passed, 0 failed/)
    const wrong = file('wrong.json', JSON.stringify({ description: 'wrong', world: JSON.parse(readFileSync(join(root, world), 'utf8')) as unknown, requests: [{ description: 'olga opens the plan', subject: { kind: 'user', id: 'olga' }, action: { type: 'model.open' }, resource: { kind: 'model', id: 'finance-plan' }, expect: { effect: 'allow' } }] }))
    const ran = await accessgrid(['test', wrong])
    expect(ran.status).toBe(1)
    expect(ran.stdout).toContain('FAIL wrong.json — olga opens the plan')
    expect(ran.stdout).toContain('0 passed, 1 failed')
  })
})

describe('output conventions', () => {
  it('no colour when standard output is not a terminal', async () => {
    expect((await accessgrid(['check', world])).stdout).not.toContain('\u001b[')
  })
  // A terminal from util-linux `script`, so the command sees a TTY as in a shell.
  const onTerminal = (env: Readonly<Record<string, string>>): string => {
    const ran = spawnSync('script', ['-qec', `${process.execPath} ${inject('cli')} check ${world}`, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } })
    return ran.stdout
  }
  it.skipIf(!existsSync('/usr/bin/script'))('colour on a terminal, none on a terminal under NO_COLOR', () => {
    expect(onTerminal({ NO_COLOR: '' })).toContain('\u001b[33mwarning\u001b[0m')
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[')
  })
})
