// @ts-nocheck
import { encode } from '../commands/encode.js'
import { decide } from '../decide.js'
import { id } from '../domain/ids.js'
import { resource } from '../domain/resource.js'
import { subject } from '../domain/subject.js'
import { explainReason } from '../explain.js'
import { explainFinding, lint } from '../lint/index.js'
import type { IntegrationInput } from '../snapshot/input/tenant.js'
import type { World } from '../snapshot/snapshot.js'
import { aliasLabel, modelMatrix } from './matrix.js'
import type { AccessReport, IntegrationReport } from './types.js'

const integrationReport = (world: World, integration: IntegrationInput): IntegrationReport => {
  const run = decide(world)(subject.scheduler, { type: 'cloudworks.run' }, resource.integration(id.integration(integration.id)))
  const runsAs = run.effect === 'deny' ? 'denied' : run.actor === undefined ? 'the scheduler' : run.actor.kind === 'user' ? run.actor.id : aliasLabel
  return {
    id: integration.id,
    workspace: integration.workspace,
    restricted: integration.restricted,
    runAs: integration.runAs,
    lastRunBy: integration.lastRunBy,
    steps: (integration.steps ?? []).map(({ model, action }) => ({ model, action })),
    run,
    runsAs,
    explanation: [...run.reasons.map(explainReason), ...run.warnings.map((warning) => `Warning: ${explainReason(warning)}`)],
  }
}

/**
 * The access report of a world, as data: per model the matrix of its workspace's users and the alias
 * by module and version (each square counted with `decideCells`, so it shows the levels `decide`
 * gives), per integration its scheduled run's decision (run identity and warnings, from `decide`), and
 * the lint findings with their severities. `accessgrid review` renders it as HTML.
 *
 * @example
 * ```ts
 * import { compile, accessReport } from 'accessgrid'
 * const world = compile(input)
 * if (world._tag === 'Right') accessReport(world.right).models[0]?.rows.map((row) => row.label)
 * ```
 */
export const accessReport = (world: World): AccessReport => {
  const tenant = encode(world).tenant
  return {
    models: tenant === undefined ? [] : tenant.models.map((model) => modelMatrix(world, tenant, model)),
    integrations: (tenant?.integrations ?? []).map((integration) => integrationReport(world, integration)),
    findings: lint(world).map((finding) => ({ severity: finding.severity, finding, message: explainFinding(finding) })),
  }
}
