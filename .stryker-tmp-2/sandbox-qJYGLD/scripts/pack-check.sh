#!/usr/bin/env bash
# Packs accessgrid as it would be published, installs the tarball and its peers (fp-ts, io-ts) into an
# empty folder, then imports it with plain node from ESM and from CommonJS and answers one decision, runs
# the `accessgrid` command through npx (check, decide, test, review), and resolves the shipped JSON Schemas.
# Run by `npm run check:package` after the build. The temporary folder is always removed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
[ -f dist/index.js ] && [ -f dist/index.cjs ] && [ -f dist/cli.js ] || { echo "pack-check: no build in dist/ (run npm run build)" >&2; exit 1; }
# The command is its own entry: nothing of it reaches the library's bundles.
if grep -q "parseArgs\|node:util\|node:fs" dist/index.js dist/index.cjs; then echo "pack-check: the library bundle contains command code" >&2; exit 1; fi
peer() { node -p "require('./package.json').devDependencies['$1']"; }
fpts="fp-ts@$(peer fp-ts)"
iots="io-ts@$(peer io-ts)"
tarball="$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)"
[ -f "$work/$tarball" ] || { echo "pack-check: npm pack produced no tarball" >&2; exit 1; }

cd "$work"
echo '{ "name": "pack-check", "private": true }' > package.json
npm install --no-audit --no-fund --no-package-lock --prefer-offline --loglevel=error "./$tarball" "$fpts" "$iots" 2>&1 | grep -v 'Unknown user config' || true
[ -d node_modules/accessgrid ] || { echo "pack-check: the tarball did not install" >&2; exit 1; }

world='{ "tenant": { "users": [{ "id": "ana", "kind": "internal" }], "workspaces": [], "models": [] } }'
cat > check.mjs <<JS
import { compile, decide, subject, resource, id } from 'accessgrid'
const world = compile(${world})
if (world._tag !== 'Right') throw new Error('esm: the world does not compile')
const d = decide(world.right)(subject.user(id.user('ana')), { type: 'tenant.readAudit' }, resource.tenant)
if (d.effect !== 'deny' || d.reasons.length === 0) throw new Error('esm: expected a deny with reasons')
console.log('pack-check esm: ok,', d.effect, d.reasons.map((r) => r.code).join(' '))
JS
cat > check.cjs <<JS
const { compile, decide, subject, resource, id } = require('accessgrid')
const world = compile(${world})
if (world._tag !== 'Right') throw new Error('cjs: the world does not compile')
const d = decide(world.right)(subject.user(id.user('ana')), { type: 'tenant.readAudit' }, resource.tenant)
if (d.effect !== 'deny' || d.reasons.length === 0) throw new Error('cjs: expected a deny with reasons')
console.log('pack-check cjs: ok,', d.effect, d.reasons.map((r) => r.code).join(' '))
JS
node check.mjs
node check.cjs

# The command, as a user runs it from the installed package.
echo "$world" > world.json
cat > cases.json <<JSON
{ "description": "ana reads no audit", "world": "world.json", "requests": [{ "description": "ana", "subject": { "kind": "user", "id": "ana" }, "action": { "type": "tenant.readAudit" }, "resource": { "kind": "tenant" }, "expect": { "effect": "deny" } }] }
JSON
expect_exit() { local want="$1"; shift; local got=0; "$@" > out.txt 2> err.txt || got=$?; [ "$got" -eq "$want" ] || { echo "pack-check: '$*' exited $got, expected $want" >&2; cat out.txt err.txt >&2; exit 1; }; }
expect_exit 0 npx --no-install accessgrid --version
expect_exit 0 npx --no-install accessgrid check world.json
grep -q "no errors, no findings" out.txt
expect_exit 1 npx --no-install accessgrid decide world.json --subject ana --action tenant.readAudit --resource tenant
grep -q "^Denied" out.txt
expect_exit 0 npx --no-install accessgrid test cases.json
grep -q "^1 passed, 0 failed" out.txt
expect_exit 0 npx --no-install accessgrid review world.json --format html -o report.html
grep -q "<title>Access report: world.json</title>" report.html
expect_exit 2 npx --no-install accessgrid check missing.json
grep -q "missing.json: no such file" err.txt
echo "pack-check cli: npx accessgrid runs check, decide, test and review"

# The schemas ship, by path (what $schema names) and through the exports map.
for schema in world request command decision; do [ -f "node_modules/accessgrid/schema/$schema.json" ] || { echo "pack-check: schema/$schema.json is not in the package" >&2; exit 1; }; done
node -e "require.resolve('accessgrid/schema/world.json')"
echo "pack-check: $tarball installs and answers from ESM and CommonJS"
