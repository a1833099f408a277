// The public API of accessgrid: one curated list, no `export *`.

// Compile and decide
export { compile } from './compile.js'
export { decide, decideWith, trace, traceWith, type Decider, type DeciderOptions, type Tracer } from './decide.js'
export { explain, explainReason, reasonCodes } from './explain.js'
export { defaultPolicy, modules } from './policy.js'
export type { World } from './snapshot/snapshot.js'
export { defaultSettings, type Settings } from './snapshot/settings.js'
export type { CompileError, CompileErrorCode } from './snapshot/errors.js'

// The wire format
export { codecs } from './codecs/index.js'
export type { RequestInput } from './codecs/request.js'
export type {
  TenantInput, UserInput, PlainAdminRole, WorkspaceInput, MemberInput, ModelInput, RoleInput, AssignmentInput,
  ListInput, ItemInput, ModuleInput, LineItemInput, DriverInput, DriverLineItemInput, DriverValueInput, ModelActionInput, ActionVisibility,
  EndpointInput, SelectiveAccessInput, InternalAliasInput, CloudworksConnectionInput, IntegrationInput, StepInput,
} from './snapshot/input/tenant.js'
export type { WorldInput } from './snapshot/input/world.js'
export type {
  WorkplaceInput, WorkplacePlan, WorkplaceAddOn, WorkplacePermission, BuiltInWorkplaceRole, BuiltInProjectRole,
  WorkplaceRoleInput, ProjectRoleInput, WorkplaceUserInput, GroupInput, WorkplaceMemberInput, ProjectMemberInput,
  ProjectInput, ConnectionMemberInput, WorkplaceConnectionInput,
} from './snapshot/input/workplace.js'
export type {
  AccountInput, BaseRole, AdditionalRole, BaseRoleInput, AdditionalRoleInput, AccountUserInput,
} from './snapshot/input/account.js'

// Domain: ids, lattices, subjects, actions, resources
export { id, type Id } from './domain/ids.js'
export type {
  UserId, GroupId, WorkspaceId, ModelId, RoleId, ListId, ItemId, ModuleId, VersionId, LineItemId, DriverId,
  ModelActionId, IntegrationId, ConnectionId, ProjectId,
} from './domain/ids.js'
export { lattice, type Access, type ConnectionRole, type Permission, type Level, type Lattice, type LatticeName } from './domain/lattice.js'
export { subject, type Subject, type Actor, type Session, type UserSubject, type InternalAliasSubject, type SchedulerSubject } from './domain/subject.js'
export { resource, type Resource, type ResourceKind } from './domain/resource.js'
export { action } from './domain/actions/cell-actions.js'
export type {
  TenantResource, UserResource, WorkspaceResource, ModelResource, ListResource, ListItemResource, CellResource,
  ModelActionResource, CloudworksConnectionResource, IntegrationResource, WorkplaceResource, WorkplaceConnectionResource,
  ProjectResource, AccountResource,
} from './domain/resource.js'
export { actionSpecs, type Action, type ActionType, type ActionOf } from './domain/action.js'
export type { ActionSpec } from './domain/actions/spec.js'
export type {
  TenantAction, AdminRole, TenantSwitch, AssignRole, UnassignRole, CreateInternalUser, SetAccountStatus, SetSwitch,
  SetSsoException, ReadAudit, ManageSso, ViewAssignments, ViewDirectory, BuildPages,
} from './domain/actions/tenant.js'
export type {
  WorkspaceAction, MembershipChannel, ModelSetting, AddToWorkspace, RemoveFromWorkspace, ImportUsers, ExportUsers, SetWorkspaceAdmin,
  SetModelRole, OpenModel, ManageModel,
} from './domain/actions/workspace.js'
export type {
  DataAction, ReadChannel, WriteChannel, ReadCell, WriteCell, ReadListItem, WriteListItem, EditListStructure, RunModelAction,
} from './domain/actions/data.js'
export type {
  CloudworksAction, CrudOperation, CreateCloudworksObject, ManageCloudworksObject, RunIntegration, SetRunAs, SetStepRunAs,
} from './domain/actions/cloudworks.js'
export type {
  ConnectionAction, Member, ViewConnection, CreateSync, ManageConnection, AddMember, SetMemberRole, RemoveMember,
  CreateConnection, ManageSyncs, SetWorkplaceRole, SetGroupMember, SetProjectRole,
} from './domain/actions/connections.js'
export { accountOperations, type AccountAction, type AccountOperation, type AccountRole, type Artifact, type OperateAccount, type Author, type GrantAccountRole, type RevokeAccountRole } from './domain/actions/account.js'

// Decisions and their algebra
export type { Decision, Effect, TraceEntry, TracedDecision } from './decision/decision.js'
export { reason, type Reason, type ReasonCode, type ReasonOf, type ReasonCatalogue } from './decision/reason.js'
export { verdict, type Verdict, type Verdicts, type Grant, type Cap, type Warn } from './decision/verdict.js'
export { settle, type Requirement } from './decision/settle.js'

// Rules and policies
export { derivation, defaultMemoBudget, type Derivation, type Memo } from './rule/memo.js'
export { ruleModule, type Rule, type RuleModule, type RuleContext, type RequestOf, type Handlers, type ActorResolution, type ActorResolvers } from './rule/rule.js'
export { allOf, onResource } from './rule/combinators.js'
export { policy, type Policy, type PolicyEntry } from './rule/policy.js'

// Who holds a role on a workplace connection, and why (R47)
export { connectionMembers, type MemberList, type UserMember, type GroupMember, type RoleSource } from './queries/connection-members.js'

// Commands: the world over time
export { commandTypes, isUserImport, isSelectiveAccessImport, isMemberCommand, isAccountCommand, isCloudworksCreate, isConnectionCreate, isWorkplaceStructureCommand, isModelStructureCommand, isListEdit, isCellWrite, type CellWrite, type CellWriteCommand, type ListEdit, type ListEditCommand, type ModelStructureCommand, type WorkplaceStructureCommand, type AccountCommand, type CloudworksCreateCommand, type CloudworksCreation, type ConnectionCreateCommand, type CreateCommandType, type MemberCommand, type Command, type CommandBase, type CommandType, type ImportCommandType, type Tiebreak, type PlainCommand, type UserImportCommand, type SelectiveAccessImportCommand, type UserImportRow, type SelectiveAccessRow } from './commands/command.js'
export { commandCodec } from './codecs/index.js'
export { apply, applyWith, type Report, type Change } from './commands/apply.js'
export type { RowOutcome } from './commands/effects/rows.js'
export { replay, replayWith, type Replay, type Outcome, type Step } from './commands/replay.js'
export { history, receive, receiveWith, currentWorld, type History } from './commands/history.js'
export { compareCommands } from './commands/order.js'
export { encode } from './commands/encode.js'
export { explainOutcome, explainReplay, describeCommand } from './commands/explain.js'
export type { ImportSelectiveAccess, ModelAdministrationAction, SelectiveAccessImportMode, CreateModelRole, SetRolePermissions, DeleteModelRole, SetAliasAccess } from './domain/actions/modelAdministration.js'
export type { TenantRolesReasons } from './decision/reasons/tenantRoles.js'
export type { WorkspaceAssignmentReasons } from './decision/reasons/workspaceAssignment.js'
export { decideCells, decideCellsWith, type CellGrid, type CellBatch, type CellSlice, type BatchCellAction } from './batch/cells.js'
export type { ModelAdministrationReasons } from './decision/reasons/modelAdministration.js'
export type { CommandReasons } from './decision/reasons/commands.js'

// Lint: CloudWorks set-ups that run but surprise (the alias trap, A31, A46)
export {
  lint, explainFinding, findingSeverities, type Finding, type FindingSeverity, type Fix, type StepOnList, type ActorCannotReadList, type BothIntegrationRoles, type NoLastRunner, type RunIdentityInvalid,
  type ImportWillSkip, type RoleGrantsNothing, type GrantNeverApplies, type HiddenEverywhere, type CreatorCannotRun, type RiuWorkspaceNotMember,
  type ReachesNoProject, type StepUnrunnable, type ReadOnlyAdditionalRoles, type ImportSkipsDrivenCells,
} from './lint/index.js'

// Reverse questions: who can, what can, the access review (docs/reverse.md)
export { whoCan, type WhoCan, type WhoCanOptions } from './reverse/who-can.js'
export type { WhoCanAnswer, WhoCanEntry, WhoCanInclude } from './reverse/who-can-answer.js'
export { aliasName, subjectName } from './reverse/subjects.js'
export { accessReview, type AccessReviewOptions } from './reverse/review.js'
export { reviewSections, type AccessReviewRow, type ReviewSection } from './reverse/review-row.js'
export { reviewCsv, reviewJson, reviewColumns } from './reverse/review-format.js'
export { csvField, csvRecord } from './reverse/csv.js'
export { whatCan, type WhatCan, type WhatCanAnswer, type WhatCanScope, type NoAbilities } from './reverse/what-can.js'
export type { ModelAbilities, SliceAbilities } from './reverse/what-can-model.js'
export type { TenantAbilities, TargetedAct } from './reverse/what-can-tenant.js'
export type { WorkplaceAbilities } from './reverse/what-can-workplace.js'
export type { AccountAbilities, AccountAct } from './reverse/what-can-account.js'
export { inItemSet, type ItemSet } from './reverse/item-sets.js'
// What if: the impact of a change before it lands
export {
  impact, impactOf, impactOfInput, scopeBetween, scopeOfCommand, everything, noScope, unionScope, explainImpact,
  type ImpactOptions, type CommandImpact, type Scope, type Reach, type CellReach, type Impact, type AdminRolesChange, type ActChange, type Seat,
  type MembershipChange, type ModelRoleChange, type ImpactSlice, type CellSet, type CellsChange, type CeilingChange, type ModelChange,
  type Completeness, type RunChange, type ConnectionChange, type AccountChange,
} from './impact/index.js'
// The access report: who may do what, per model, integration and finding (docs/cli.md)
export { accessReport } from './report/report.js'
export { reportHtml } from './report/html.js'
export type { AccessReport, ModelReport, Row, Square, Column, CellsLevel, ScopeGrant, IntegrationReport, ReportFinding } from './report/types.js'
