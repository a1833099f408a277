// @ts-nocheck
import { accountArb } from '../../support/arbitraries/account.js'
import { accountCommandArb, accountProbes } from '../../support/account-commands.js'
import { commandProperties, type CommandDomain } from '../../support/command-properties.js'

const domain: CommandDomain = { worlds: accountArb.map((account) => ({ account })), commands: accountCommandArb, probes: accountProbes }

commandProperties('account role', domain, 150)
