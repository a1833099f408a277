#!/usr/bin/env bash
# Packs accessgrid as it would be published, installs the tarball and its peers (fp-ts, io-ts) into an
# empty folder, then imports it with plain node from ESM and from CommonJS and answers one decision.
# Run by `npm run check:package` after the build. The temporary folder is always removed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
[ -f dist/index.js ] && [ -f dist/index.cjs ] || { echo "pack-check: no build in dist/ (run npm run build)" >&2; exit 1; }
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
echo "pack-check: $tarball installs and answers from ESM and CommonJS"
