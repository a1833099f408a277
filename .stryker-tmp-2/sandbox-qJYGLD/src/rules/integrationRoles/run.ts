// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { resource as resources } from '../../domain/resource.js';
import type { Actor } from '../../domain/subject.js';
import { reason } from '../../decision/reason.js';
import { verdict, type Verdicts } from '../../decision/verdict.js';
import type { Rule, RuleContext } from '../../rule/rule.js';
import type { IntegrationRecord } from '../../snapshot/tenant/types.js';
import { manageVerdicts } from './objects.js';
import { caps } from './roles.js';

/**
 * `cloudworks.run`: the trigger must be allowed (a user by hand within their partition and scope, or the
 * scheduler), then every step is decided as the run's actor (resolved by `resolveRunActor`). A denied step
 * caps the run at none naming the step; each allowed step's warnings become the run's warnings, which an
 * allowed run carries and a denied one does not (A40, I30, R16).
 *
 * @example
 * ```ts
 * ruleModule('integrationRoles', { 'cloudworks.run': run }, { 'cloudworks.run': resolveRunActor })
 * ```
 */
export const run: Rule<'cloudworks.run'> = (request, context) => {
  if (stryMutAct_9fa48("603")) {
    {}
  } else {
    stryCov_9fa48("603");
    const tenant = context.world.tenant;
    const integration = (stryMutAct_9fa48("606") ? request.resource.kind !== 'integration' : stryMutAct_9fa48("605") ? false : stryMutAct_9fa48("604") ? true : (stryCov_9fa48("604", "605", "606"), request.resource.kind === (stryMutAct_9fa48("607") ? "" : (stryCov_9fa48("607"), 'integration')))) ? stryMutAct_9fa48("608") ? tenant.integrations.get(request.resource.id) : (stryCov_9fa48("608"), tenant?.integrations.get(request.resource.id)) : undefined;
    if (stryMutAct_9fa48("611") ? integration === undefined && request.actor === undefined : stryMutAct_9fa48("610") ? false : stryMutAct_9fa48("609") ? true : (stryCov_9fa48("609", "610", "611"), (stryMutAct_9fa48("613") ? integration !== undefined : stryMutAct_9fa48("612") ? false : (stryCov_9fa48("612", "613"), integration === undefined)) || (stryMutAct_9fa48("615") ? request.actor !== undefined : stryMutAct_9fa48("614") ? false : (stryCov_9fa48("614", "615"), request.actor === undefined)))) return verdict.skip;
    const trigger = (stryMutAct_9fa48("618") ? request.subject.kind !== 'scheduler' : stryMutAct_9fa48("617") ? false : stryMutAct_9fa48("616") ? true : (stryCov_9fa48("616", "617", "618"), request.subject.kind === (stryMutAct_9fa48("619") ? "" : (stryCov_9fa48("619"), 'scheduler')))) ? verdict.grant(1, reason(stryMutAct_9fa48("620") ? "" : (stryCov_9fa48("620"), 'integration_roles.scheduled_run'), stryMutAct_9fa48("621") ? {} : (stryCov_9fa48("621"), {
      integration: integration.id
    }))) : manageVerdicts(request, tenant);
    return (stryMutAct_9fa48("625") ? caps(trigger).length <= 0 : stryMutAct_9fa48("624") ? caps(trigger).length >= 0 : stryMutAct_9fa48("623") ? false : stryMutAct_9fa48("622") ? true : (stryCov_9fa48("622", "623", "624", "625"), caps(trigger).length > 0)) ? trigger : verdict.concat(trigger, stepVerdicts(integration, request.actor, context));
  }
};

/**
 * Each step of an integration decided as the actor: `modelAction.run` on the step's model action.
 *
 * @example
 * ```ts
 * stepVerdicts(integration, subject.internalAlias, context)
 * ```
 */
const stepVerdicts = stryMutAct_9fa48("626") ? () => undefined : (stryCov_9fa48("626"), (() => {
  const stepVerdicts = (integration: IntegrationRecord, actor: Actor, context: RuleContext): Verdicts => verdict.concat(...integration.steps.map((step, index) => {
    if (stryMutAct_9fa48("627")) {
      {}
    } else {
      stryCov_9fa48("627");
      const decision = context.decide(stryMutAct_9fa48("628") ? {} : (stryCov_9fa48("628"), {
        subject: actor,
        actor,
        action: stryMutAct_9fa48("629") ? {} : (stryCov_9fa48("629"), {
          type: stryMutAct_9fa48("630") ? "" : (stryCov_9fa48("630"), 'modelAction.run')
        }),
        resource: resources.modelAction(step.model, step.action)
      }));
      if (stryMutAct_9fa48("633") ? decision.effect !== 'allow' : stryMutAct_9fa48("632") ? false : stryMutAct_9fa48("631") ? true : (stryCov_9fa48("631", "632", "633"), decision.effect === (stryMutAct_9fa48("634") ? "" : (stryCov_9fa48("634"), 'allow')))) return verdict.concat(...decision.warnings.map(stryMutAct_9fa48("635") ? () => undefined : (stryCov_9fa48("635"), warning => verdict.warnIfAllowed(warning))));
      const params = stryMutAct_9fa48("636") ? {} : (stryCov_9fa48("636"), {
        integration: integration.id,
        step: stryMutAct_9fa48("637") ? index - 1 : (stryCov_9fa48("637"), index + 1),
        model: step.model,
        action: step.action,
        reasons: decision.reasons.map(stryMutAct_9fa48("638") ? () => undefined : (stryCov_9fa48("638"), r => r.code))
      });
      return verdict.cap(0, reason(stryMutAct_9fa48("639") ? "" : (stryCov_9fa48("639"), 'integration_roles.step_denied'), params));
    }
  }));
  return stepVerdicts;
})());