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
import { lattice, type ConnectionRole } from '../../domain/lattice.js';
import type { WorkplacePermission } from '../../snapshot/input/workplace.js';

/**
 * The connection role a workplace permission gives on every connection (R41): View All is Viewer, Use
 * All is Consumer, Manage All is Admin; Create Integration Connections has no connection-role counterpart.
 * The tables of this file are built when a rule asks, not when the module loads.
 *
 * @example
 * ```ts
 * permissionRole('useAllConnections') // 2 (consumer)
 * ```
 */
export const permissionRole = (permission: WorkplacePermission): number => {
  if (stryMutAct_9fa48("245")) {
    {}
  } else {
    stryCov_9fa48("245");
    const table: { readonly [P in WorkplacePermission]: number } = stryMutAct_9fa48("246") ? {} : (stryCov_9fa48("246"), {
      viewAllConnections: lattice.connectionRole.rank.viewer,
      useAllConnections: lattice.connectionRole.rank.consumer,
      manageAllConnections: lattice.connectionRole.rank.admin,
      createConnections: lattice.connectionRole.rank.none
    });
    return table[permission];
  }
};

/**
 * The capabilities of R45 and the least connection role that has each: view ⊂ createSync ⊂ manage (I35).
 *
 * @example
 * ```ts
 * const needed: Capability = 'createSync'
 * ```
 */
export type Capability = 'view' | 'createSync' | 'manage';

/**
 * The capabilities a connection role holds (R45). The capability table is data: the least role that holds
 * each capability. Being a threshold on a total order, it is monotone by construction (I35); the actions
 * `connection.view`, `connection.createSync` and `connection.manage` require exactly these levels.
 *
 * @example
 * ```ts
 * capabilitiesOf('consumer') // ['view', 'createSync']
 * ```
 */
export const capabilitiesOf = (role: ConnectionRole): readonly Capability[] => {
  if (stryMutAct_9fa48("247")) {
    {}
  } else {
    stryCov_9fa48("247");
    const thresholds: { readonly [C in Capability]: number } = stryMutAct_9fa48("248") ? {} : (stryCov_9fa48("248"), {
      view: lattice.connectionRole.rank.viewer,
      createSync: lattice.connectionRole.rank.consumer,
      manage: lattice.connectionRole.rank.admin
    });
    const capabilities: readonly Capability[] = stryMutAct_9fa48("249") ? [] : (stryCov_9fa48("249"), [stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), 'view'), stryMutAct_9fa48("251") ? "" : (stryCov_9fa48("251"), 'createSync'), stryMutAct_9fa48("252") ? "" : (stryCov_9fa48("252"), 'manage')]);
    return stryMutAct_9fa48("253") ? capabilities : (stryCov_9fa48("253"), capabilities.filter(stryMutAct_9fa48("254") ? () => undefined : (stryCov_9fa48("254"), capability => stryMutAct_9fa48("258") ? lattice.connectionRole.levels.indexOf(role) < thresholds[capability] : stryMutAct_9fa48("257") ? lattice.connectionRole.levels.indexOf(role) > thresholds[capability] : stryMutAct_9fa48("256") ? false : stryMutAct_9fa48("255") ? true : (stryCov_9fa48("255", "256", "257", "258"), lattice.connectionRole.levels.indexOf(role) >= thresholds[capability]))));
  }
};

/**
 * Whether a built-in workplace role is project Admin on every project: Owner and Admin (F61, I38).
 *
 * @example
 * ```ts
 * isProjectAdminWorkplaceRole('owner') // true
 * ```
 */
export const isProjectAdminWorkplaceRole = (role: string): boolean => {
  if (stryMutAct_9fa48("259")) {
    {}
  } else {
    stryCov_9fa48("259");
    const roles: readonly string[] = stryMutAct_9fa48("260") ? [] : (stryCov_9fa48("260"), [stryMutAct_9fa48("261") ? "" : (stryCov_9fa48("261"), 'owner'), stryMutAct_9fa48("262") ? "" : (stryCov_9fa48("262"), 'admin')]);
    return roles.includes(role);
  }
};