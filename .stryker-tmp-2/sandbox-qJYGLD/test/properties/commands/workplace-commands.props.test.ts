// @ts-nocheck
import { id, subject } from '../../../src/index.js'
import { userIds, workplaceArb } from '../../support/arbitraries/workplace.js'
import { commandProperties, type CommandDomain } from '../../support/command-properties.js'
import { workplaceCommandArb, workplaceProbes } from '../../support/workplace-commands.js'

const domain: CommandDomain = {
  worlds: workplaceArb.map((workplace) => ({ workplace })),
  commands: workplaceCommandArb,
  probes: userIds.flatMap((user) => workplaceProbes.map(([action, target]) => [subject.user(id.user(user)), action, target] as const)),
}

commandProperties('workplace', domain, 150)
