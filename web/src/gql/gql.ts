/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MyAgent { myAgent { id name endpoint state stateChangedAt wrapUpSeconds } }": typeof types.MyAgentDocument,
    "mutation SetMyAgentState($state: AgentState!) { setMyAgentState(state: $state) { id state stateChangedAt } }": typeof types.SetMyAgentStateDocument,
    "\n  fragment DeskCall on AgentCall {\n    callId phase at attemptNumber number campaignId campaignName\n    recipient { id name externalId fields originalLine tags attempts comment disposition timeZone phones { number priority stopped } }\n  }\n": typeof types.DeskCallFragmentDoc,
    "subscription MyCalls { myCalls { ...DeskCall } }": typeof types.MyCallsDocument,
    "query MyCurrentCall { myCurrentCall { ...DeskCall } }": typeof types.MyCurrentCallDocument,
    "subscription MyAgentStateChanged($agentId: ID) { agentStateChanged(agentId: $agentId) { agentId state at by } }": typeof types.MyAgentStateChangedDocument,
    "\n  fragment AgentRow on Agent {\n    id name endpoint state stateChangedAt userId wrapUpSeconds callTimeoutSeconds maxNoAnswer consecutiveNoAnswers\n  }\n": typeof types.AgentRowFragmentDoc,
    "\n  query Agents {\n    agents { ...AgentRow }\n    users { id email name role }\n    agentAssignments { agentId campaignId level }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) { nodes { id name type } }\n  }\n": typeof types.AgentsDocument,
    "subscription AgentStateChanged { agentStateChanged { agentId state previous at by name } }": typeof types.AgentStateChangedDocument,
    "mutation SetAgentState($id: ID!, $state: AgentState!) { setAgentState(id: $id, state: $state) { ...AgentRow } }": typeof types.SetAgentStateDocument,
    "mutation DeleteAgent($id: ID!) { deleteAgent(id: $id) { id } }": typeof types.DeleteAgentDocument,
    "mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) { assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) { agentId campaignId level } }": typeof types.AssignAgentDocument,
    "mutation UnassignAgent($agentId: ID!, $campaignId: ID!) { unassignAgent(agentId: $agentId, campaignId: $campaignId) }": typeof types.UnassignAgentDocument,
    "\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) { id state nextAttemptAt callbackAt disposition comment }\n  }\n": typeof types.ReportCallResultDocument,
    "mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AgentRow } }": typeof types.CreateAgentDocument,
    "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added skipped campaign { id status }\n    }\n  }\n": typeof types.AddRecipientsDocument,
    "\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd { enabled onMachine }\n    destination { kind target }\n    broadcastActions { kind file seconds extension digit repeat }\n    causePolicy { cause action }\n    channelVariables { key value }\n  }\n": typeof types.CampaignAdvancedFragmentDoc,
    "mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) { startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) { id status runState scheduledAt startedAt } }": typeof types.StartCampaignDocument,
    "mutation PauseCampaign($id: ID!) { pauseCampaign(id: $id) { id status runState } }": typeof types.PauseCampaignDocument,
    "mutation ResumeCampaign($id: ID!) { resumeCampaign(id: $id) { id status runState } }": typeof types.ResumeCampaignDocument,
    "mutation CancelCampaign($id: ID!) { cancelCampaign(id: $id) { id status runState endedAt } }": typeof types.CancelCampaignDocument,
    "mutation RestartCampaign($id: ID!) { restartCampaign(id: $id) { id status runState } }": typeof types.RestartCampaignDocument,
    "mutation TerminateCampaign($id: ID!) { terminateCampaign(id: $id) { id status runState endedAt } }": typeof types.TerminateCampaignDocument,
    "mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) { addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) { affected campaign { id status } } }": typeof types.AddAttemptsAllFailedDocument,
    "mutation PurgePending($campaignId: ID!) { purgePendingRecipients(campaignId: $campaignId) { affected campaign { id status } } }": typeof types.PurgePendingDocument,
    "mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }": typeof types.DeleteCampaignDocument,
    "mutation DeleteAllRecipients($campaignId: ID!) { deleteAllRecipients(campaignId: $campaignId) { affected campaign { id status } } }": typeof types.DeleteAllRecipientsDocument,
    "\n  fragment CampaignCounters on RecipientCounts {\n    total ready dialing inCall contacted retryWait failed stopped expired dnc scheduled waitingAgent\n  }\n": typeof types.CampaignCountersFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    me { ...ViewerFields }\n    campaign(id: $id) {\n      id name description type dialingMode status runState isTemplate createdAt startedAt endedAt scheduledAt\n      maxAttempts retryWaitSeconds maxConcurrentCalls callsPerSecond priority\n      gateways { id name }\n      calendar { id name timeZone }\n      recipientCounts { ...CampaignCounters }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  subscription CampaignChanged($campaignId: ID!) { campaignChanged(campaignId: $campaignId) { campaignId status runState action at } }\n": typeof types.CampaignChangedDocument,
    "\n  fragment CampaignSettings on Campaign {\n    id name description type dialingMode callerIdName callerIdNumber priority maxAttempts retryWaitSeconds\n    ringTimeoutSeconds maxConcurrentCalls callsPerSecond minSuccessSeconds completionThreshold defaultRegion\n    isTemplate queueName wrapUpSeconds abandonRateTarget maxInternalCalls maxExternalCalls queueMultiplier\n    ...CampaignAdvanced\n    calendar { id }\n    gateways { id }\n  }\n": typeof types.CampaignSettingsFragmentDoc,
    "\n  query CampaignFormOptions { gateways { id name enabled } calendars { id name timeZone } }\n": typeof types.CampaignFormOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignSettings status } }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignSettings status } }\n": typeof types.UpdateCampaignDocument,
    "\n  fragment CampaignRow on Campaign {\n    id name description type status runState startedAt endedAt createdAt isTemplate\n    recipientCounts { total contacted failed ready }\n  }\n": typeof types.CampaignRowFragmentDoc,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes { ...CampaignRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  subscription AnyCampaignChanged { campaignChanged { campaignId status runState action at } }\n": typeof types.AnyCampaignChangedDocument,
    "\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) { id name status }\n  }\n": typeof types.CloneCampaignDocument,
    "\n  query EditCampaign($id: ID!) { campaign(id: $id) { ...CampaignSettings status } }\n": typeof types.EditCampaignDocument,
    "\n  query CampaignTemplates { campaigns(first: 100, filter: { isTemplate: true }) { nodes { id name } } }\n": typeof types.CampaignTemplatesDocument,
    "\n  mutation CampaignFromTemplate($id: ID!, $name: String) { cloneCampaign(id: $id, name: $name, asTemplate: false) { id } }\n": typeof types.CampaignFromTemplateDocument,
    "\n  fragment CampaignEventRow on CampaignEvent { id at action actorKind actorLabel fromStatus toStatus details configSnapshot }\n": typeof types.CampaignEventRowFragmentDoc,
    "\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes { ...CampaignEventRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.CampaignEventsDocument,
    "mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }": typeof types.StopRecipientsDocument,
    "mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) { reactivateRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }": typeof types.ReactivateRecipientsDocument,
    "mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) { addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) { affected campaign { id status } } }": typeof types.AddAttemptsToRecipientsDocument,
    "\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id name externalId priority timeZone fields comment disposition originalLine createdAt\n      callbackAt callbackExtension expireAt notBefore notAfter lastDurationSeconds\n      phones { number priority stopped }\n    }\n  }\n": typeof types.RecipientDetailDocument,
    "\n  fragment RecipientRow on Recipient {\n    id name externalId state attempts extraAttempts lastOutcome lastAttemptAt nextAttemptAt tags\n    phones { number priority stopped }\n  }\n": typeof types.RecipientRowFragmentDoc,
    "\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { ...RecipientRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.RecipientsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id status fileName percent rowsRead imported rejected merged flaggedDnc error\n      rejections(first: 100) { row column code reason line }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format charset separator header columns rows\n      mapping { phones name externalId tags timezone priority expireAt notBefore notAfter schedule numberSeparator fields }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) { id status }\n  }\n": typeof types.StartImportDocument,
    "\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) { importId status percent rowsRead imported rejected merged flaggedDnc error }\n  }\n": typeof types.ImportProgressDocument,
    "query ActiveLists { recipientLists { id name status contactCount } }": typeof types.ActiveListsDocument,
    "\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) { added skipped campaign { id status } }\n  }\n": typeof types.AttachListDocument,
    "\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) { ...RecipientListRow }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes { id name priority tags timeZone fields phones { number priority } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.RecipientListDetailDocument,
    "\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) { added skipped }\n  }\n": typeof types.AddContactsDocument,
    "\n  fragment RecipientListRow on RecipientList { id name status contactCount defaultRegion createdAt }\n": typeof types.RecipientListRowFragmentDoc,
    "query RecipientLists { recipientLists { ...RecipientListRow } }": typeof types.RecipientListsDocument,
    "mutation CreateRecipientList($input: RecipientListInput!) { createRecipientList(input: $input) { ...RecipientListRow } }": typeof types.CreateRecipientListDocument,
    "mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) { updateRecipientList(id: $id, input: $input) { ...RecipientListRow } }": typeof types.UpdateRecipientListDocument,
    "mutation DeleteRecipientList($id: ID!) { deleteRecipientList(id: $id) }": typeof types.DeleteRecipientListDocument,
    "\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) { campaignId events { at callId recipientId number state outcome } }\n  }\n": typeof types.CallEventsDocument,
    "\n  fragment DialerStatusFields on DialerStatus { at node leader switchUp activeCalls callsPerSecond runningCampaigns }\n": typeof types.DialerStatusFieldsFragmentDoc,
    "query DialerStatus { dialerStatus { ...DialerStatusFields } }": typeof types.DialerStatusDocument,
    "subscription DialerStatusChanged { dialerStatus { ...DialerStatusFields } }": typeof types.DialerStatusChangedDocument,
    "\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes { id name status runState priority scheduledAt recipientCounts { total ready dialing inCall contacted failed retryWait } }\n    }\n  }\n": typeof types.LiveCampaignsDocument,
    "subscription LiveCampaignChanged { campaignChanged { campaignId status runState } }": typeof types.LiveCampaignChangedDocument,
    "\n  fragment WallboardFields on Wallboard {\n    at campaignId activeCalls callsPerMinute answerRate recipientsRemaining etaSeconds\n    agents { available reserved onCall wrapUp onBreak loggedOut } occupancy abandonRate abandonRateTarget\n  }\n": typeof types.WallboardFieldsFragmentDoc,
    "\n  subscription Wallboard($campaignId: ID) { wallboard(campaignId: $campaignId) { ...WallboardFields } }\n": typeof types.WallboardDocument,
    "\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id attemptNumber number callId counted outcome hangupCause q850 sipStatus billSeconds amdResult abandoned disposition\n        createdAt originatedAt ringingAt answeredAt bridgedAt endedAt answerConfirmedAt listenConfirmedAt\n      }\n    }\n  }\n": typeof types.RecipientCallAttemptsDocument,
    "\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) { id name }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { id name externalId numbers state attempts lastOutcome lastAttemptAt lastDurationSeconds tags disposition comment fields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.RecipientReportDocument,
    "fragment StatBucketFields on StatBucket { key count percent }": typeof types.StatBucketFieldsFragmentDoc,
    "query ReportCampaignChoices { campaigns(first: 200) { nodes { id name status } } }": typeof types.ReportCampaignChoicesDocument,
    "\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients attempts answered answeredPercent abandoned abandonedPercent averageTalkSeconds totalTalkSeconds untagged\n      byState { ...StatBucketFields }\n      byLastOutcome { ...StatBucketFields }\n      byAttempts { ...StatBucketFields }\n      byTag { ...StatBucketFields }\n      campaigns { id name status startedAt endedAt deletedAt }\n    }\n  }\n": typeof types.CampaignStatisticsDocument,
    "\n  fragment ApiKeyRow on ApiKey { id name prefix scopes createdAt lastUsedAt revokedAt }\n": typeof types.ApiKeyRowFragmentDoc,
    "query ApiKeys { apiKeys { ...ApiKeyRow } }": typeof types.ApiKeysDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }": typeof types.CreateApiKeyDocument,
    "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow } }": typeof types.RevokeApiKeyDocument,
    "\n  fragment CalendarRow on Calendar {\n    id name timeZone validFrom validUntil\n    openHours { day start end }\n    exceptions { date closed start end }\n  }\n": typeof types.CalendarRowFragmentDoc,
    "query Calendars { calendars { ...CalendarRow } }": typeof types.CalendarsDocument,
    "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { ...CalendarRow } }": typeof types.CreateCalendarDocument,
    "mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { ...CalendarRow } }": typeof types.UpdateCalendarDocument,
    "mutation DeleteCalendar($id: ID!) { deleteCalendar(id: $id) { id } }": typeof types.DeleteCalendarDocument,
    "\n  fragment DncRow on DncEntry { id number listName reason createdAt expiresAt }\n": typeof types.DncRowFragmentDoc,
    "\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) { nodes { ...DncRow } pageInfo { endCursor hasNextPage } }\n  }\n": typeof types.DncEntriesDocument,
    "mutation AddDncNumbers($input: AddDncNumbersInput!) { addDncNumbers(input: $input) { added renewed } }": typeof types.AddDncNumbersDocument,
    "mutation RemoveDncEntry($id: ID!) { removeDncEntry(id: $id) { id } }": typeof types.RemoveDncEntryDocument,
    "\n  fragment GatewayRow on Gateway { id name dialString enabled maxConcurrent callsPerSecond createdAt }\n": typeof types.GatewayRowFragmentDoc,
    "query Gateways { gateways { ...GatewayRow } }": typeof types.GatewaysDocument,
    "mutation CreateGateway($input: CreateGatewayInput!) { createGateway(input: $input) { ...GatewayRow } }": typeof types.CreateGatewayDocument,
    "mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) { updateGateway(id: $id, input: $input) { ...GatewayRow } }": typeof types.UpdateGatewayDocument,
    "mutation DeleteGateway($id: ID!) { deleteGateway(id: $id) { id } }": typeof types.DeleteGatewayDocument,
    "\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns maxTotalCalls maxInternalCalls maxExternalCalls callsPerSecond queueMultiplier defaultRegion internalNumberPattern updatedAt\n  }\n": typeof types.TenantLimitsFragmentDoc,
    "query TenantSettings { settings { ...TenantLimits } }": typeof types.TenantSettingsDocument,
    "mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) { updateSettings(input: $input) { ...TenantLimits } }": typeof types.UpdateTenantSettingsDocument,
    "\n  fragment UserRow on User { id email name role disabled createdAt }\n": typeof types.UserRowFragmentDoc,
    "query Users { users { ...UserRow } me { id } }": typeof types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }": typeof types.CreateUserDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserRow } }": typeof types.UpdateUserDocument,
    "mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) { resetUserPassword(id: $id, input: $input) { id } }": typeof types.ResetUserPasswordDocument,
    "\n  fragment ViewerFields on Viewer { id kind label role permissions tenantName }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me { me { ...ViewerFields } }\n": typeof types.MeDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt user { id email role } }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "query MyAgent { myAgent { id name endpoint state stateChangedAt wrapUpSeconds } }": types.MyAgentDocument,
    "mutation SetMyAgentState($state: AgentState!) { setMyAgentState(state: $state) { id state stateChangedAt } }": types.SetMyAgentStateDocument,
    "\n  fragment DeskCall on AgentCall {\n    callId phase at attemptNumber number campaignId campaignName\n    recipient { id name externalId fields originalLine tags attempts comment disposition timeZone phones { number priority stopped } }\n  }\n": types.DeskCallFragmentDoc,
    "subscription MyCalls { myCalls { ...DeskCall } }": types.MyCallsDocument,
    "query MyCurrentCall { myCurrentCall { ...DeskCall } }": types.MyCurrentCallDocument,
    "subscription MyAgentStateChanged($agentId: ID) { agentStateChanged(agentId: $agentId) { agentId state at by } }": types.MyAgentStateChangedDocument,
    "\n  fragment AgentRow on Agent {\n    id name endpoint state stateChangedAt userId wrapUpSeconds callTimeoutSeconds maxNoAnswer consecutiveNoAnswers\n  }\n": types.AgentRowFragmentDoc,
    "\n  query Agents {\n    agents { ...AgentRow }\n    users { id email name role }\n    agentAssignments { agentId campaignId level }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) { nodes { id name type } }\n  }\n": types.AgentsDocument,
    "subscription AgentStateChanged { agentStateChanged { agentId state previous at by name } }": types.AgentStateChangedDocument,
    "mutation SetAgentState($id: ID!, $state: AgentState!) { setAgentState(id: $id, state: $state) { ...AgentRow } }": types.SetAgentStateDocument,
    "mutation DeleteAgent($id: ID!) { deleteAgent(id: $id) { id } }": types.DeleteAgentDocument,
    "mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) { assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) { agentId campaignId level } }": types.AssignAgentDocument,
    "mutation UnassignAgent($agentId: ID!, $campaignId: ID!) { unassignAgent(agentId: $agentId, campaignId: $campaignId) }": types.UnassignAgentDocument,
    "\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) { id state nextAttemptAt callbackAt disposition comment }\n  }\n": types.ReportCallResultDocument,
    "mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AgentRow } }": types.CreateAgentDocument,
    "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added skipped campaign { id status }\n    }\n  }\n": types.AddRecipientsDocument,
    "\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd { enabled onMachine }\n    destination { kind target }\n    broadcastActions { kind file seconds extension digit repeat }\n    causePolicy { cause action }\n    channelVariables { key value }\n  }\n": types.CampaignAdvancedFragmentDoc,
    "mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) { startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) { id status runState scheduledAt startedAt } }": types.StartCampaignDocument,
    "mutation PauseCampaign($id: ID!) { pauseCampaign(id: $id) { id status runState } }": types.PauseCampaignDocument,
    "mutation ResumeCampaign($id: ID!) { resumeCampaign(id: $id) { id status runState } }": types.ResumeCampaignDocument,
    "mutation CancelCampaign($id: ID!) { cancelCampaign(id: $id) { id status runState endedAt } }": types.CancelCampaignDocument,
    "mutation RestartCampaign($id: ID!) { restartCampaign(id: $id) { id status runState } }": types.RestartCampaignDocument,
    "mutation TerminateCampaign($id: ID!) { terminateCampaign(id: $id) { id status runState endedAt } }": types.TerminateCampaignDocument,
    "mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) { addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) { affected campaign { id status } } }": types.AddAttemptsAllFailedDocument,
    "mutation PurgePending($campaignId: ID!) { purgePendingRecipients(campaignId: $campaignId) { affected campaign { id status } } }": types.PurgePendingDocument,
    "mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }": types.DeleteCampaignDocument,
    "mutation DeleteAllRecipients($campaignId: ID!) { deleteAllRecipients(campaignId: $campaignId) { affected campaign { id status } } }": types.DeleteAllRecipientsDocument,
    "\n  fragment CampaignCounters on RecipientCounts {\n    total ready dialing inCall contacted retryWait failed stopped expired dnc scheduled waitingAgent\n  }\n": types.CampaignCountersFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    me { ...ViewerFields }\n    campaign(id: $id) {\n      id name description type dialingMode status runState isTemplate createdAt startedAt endedAt scheduledAt\n      maxAttempts retryWaitSeconds maxConcurrentCalls callsPerSecond priority\n      gateways { id name }\n      calendar { id name timeZone }\n      recipientCounts { ...CampaignCounters }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  subscription CampaignChanged($campaignId: ID!) { campaignChanged(campaignId: $campaignId) { campaignId status runState action at } }\n": types.CampaignChangedDocument,
    "\n  fragment CampaignSettings on Campaign {\n    id name description type dialingMode callerIdName callerIdNumber priority maxAttempts retryWaitSeconds\n    ringTimeoutSeconds maxConcurrentCalls callsPerSecond minSuccessSeconds completionThreshold defaultRegion\n    isTemplate queueName wrapUpSeconds abandonRateTarget maxInternalCalls maxExternalCalls queueMultiplier\n    ...CampaignAdvanced\n    calendar { id }\n    gateways { id }\n  }\n": types.CampaignSettingsFragmentDoc,
    "\n  query CampaignFormOptions { gateways { id name enabled } calendars { id name timeZone } }\n": types.CampaignFormOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignSettings status } }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignSettings status } }\n": types.UpdateCampaignDocument,
    "\n  fragment CampaignRow on Campaign {\n    id name description type status runState startedAt endedAt createdAt isTemplate\n    recipientCounts { total contacted failed ready }\n  }\n": types.CampaignRowFragmentDoc,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes { ...CampaignRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.CampaignsDocument,
    "\n  subscription AnyCampaignChanged { campaignChanged { campaignId status runState action at } }\n": types.AnyCampaignChangedDocument,
    "\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) { id name status }\n  }\n": types.CloneCampaignDocument,
    "\n  query EditCampaign($id: ID!) { campaign(id: $id) { ...CampaignSettings status } }\n": types.EditCampaignDocument,
    "\n  query CampaignTemplates { campaigns(first: 100, filter: { isTemplate: true }) { nodes { id name } } }\n": types.CampaignTemplatesDocument,
    "\n  mutation CampaignFromTemplate($id: ID!, $name: String) { cloneCampaign(id: $id, name: $name, asTemplate: false) { id } }\n": types.CampaignFromTemplateDocument,
    "\n  fragment CampaignEventRow on CampaignEvent { id at action actorKind actorLabel fromStatus toStatus details configSnapshot }\n": types.CampaignEventRowFragmentDoc,
    "\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes { ...CampaignEventRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.CampaignEventsDocument,
    "mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }": types.StopRecipientsDocument,
    "mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) { reactivateRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }": types.ReactivateRecipientsDocument,
    "mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) { addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) { affected campaign { id status } } }": types.AddAttemptsToRecipientsDocument,
    "\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id name externalId priority timeZone fields comment disposition originalLine createdAt\n      callbackAt callbackExtension expireAt notBefore notAfter lastDurationSeconds\n      phones { number priority stopped }\n    }\n  }\n": types.RecipientDetailDocument,
    "\n  fragment RecipientRow on Recipient {\n    id name externalId state attempts extraAttempts lastOutcome lastAttemptAt nextAttemptAt tags\n    phones { number priority stopped }\n  }\n": types.RecipientRowFragmentDoc,
    "\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { ...RecipientRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.RecipientsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id status fileName percent rowsRead imported rejected merged flaggedDnc error\n      rejections(first: 100) { row column code reason line }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format charset separator header columns rows\n      mapping { phones name externalId tags timezone priority expireAt notBefore notAfter schedule numberSeparator fields }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) { id status }\n  }\n": types.StartImportDocument,
    "\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) { importId status percent rowsRead imported rejected merged flaggedDnc error }\n  }\n": types.ImportProgressDocument,
    "query ActiveLists { recipientLists { id name status contactCount } }": types.ActiveListsDocument,
    "\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) { added skipped campaign { id status } }\n  }\n": types.AttachListDocument,
    "\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) { ...RecipientListRow }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes { id name priority tags timeZone fields phones { number priority } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.RecipientListDetailDocument,
    "\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) { added skipped }\n  }\n": types.AddContactsDocument,
    "\n  fragment RecipientListRow on RecipientList { id name status contactCount defaultRegion createdAt }\n": types.RecipientListRowFragmentDoc,
    "query RecipientLists { recipientLists { ...RecipientListRow } }": types.RecipientListsDocument,
    "mutation CreateRecipientList($input: RecipientListInput!) { createRecipientList(input: $input) { ...RecipientListRow } }": types.CreateRecipientListDocument,
    "mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) { updateRecipientList(id: $id, input: $input) { ...RecipientListRow } }": types.UpdateRecipientListDocument,
    "mutation DeleteRecipientList($id: ID!) { deleteRecipientList(id: $id) }": types.DeleteRecipientListDocument,
    "\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) { campaignId events { at callId recipientId number state outcome } }\n  }\n": types.CallEventsDocument,
    "\n  fragment DialerStatusFields on DialerStatus { at node leader switchUp activeCalls callsPerSecond runningCampaigns }\n": types.DialerStatusFieldsFragmentDoc,
    "query DialerStatus { dialerStatus { ...DialerStatusFields } }": types.DialerStatusDocument,
    "subscription DialerStatusChanged { dialerStatus { ...DialerStatusFields } }": types.DialerStatusChangedDocument,
    "\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes { id name status runState priority scheduledAt recipientCounts { total ready dialing inCall contacted failed retryWait } }\n    }\n  }\n": types.LiveCampaignsDocument,
    "subscription LiveCampaignChanged { campaignChanged { campaignId status runState } }": types.LiveCampaignChangedDocument,
    "\n  fragment WallboardFields on Wallboard {\n    at campaignId activeCalls callsPerMinute answerRate recipientsRemaining etaSeconds\n    agents { available reserved onCall wrapUp onBreak loggedOut } occupancy abandonRate abandonRateTarget\n  }\n": types.WallboardFieldsFragmentDoc,
    "\n  subscription Wallboard($campaignId: ID) { wallboard(campaignId: $campaignId) { ...WallboardFields } }\n": types.WallboardDocument,
    "\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id attemptNumber number callId counted outcome hangupCause q850 sipStatus billSeconds amdResult abandoned disposition\n        createdAt originatedAt ringingAt answeredAt bridgedAt endedAt answerConfirmedAt listenConfirmedAt\n      }\n    }\n  }\n": types.RecipientCallAttemptsDocument,
    "\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) { id name }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { id name externalId numbers state attempts lastOutcome lastAttemptAt lastDurationSeconds tags disposition comment fields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.RecipientReportDocument,
    "fragment StatBucketFields on StatBucket { key count percent }": types.StatBucketFieldsFragmentDoc,
    "query ReportCampaignChoices { campaigns(first: 200) { nodes { id name status } } }": types.ReportCampaignChoicesDocument,
    "\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients attempts answered answeredPercent abandoned abandonedPercent averageTalkSeconds totalTalkSeconds untagged\n      byState { ...StatBucketFields }\n      byLastOutcome { ...StatBucketFields }\n      byAttempts { ...StatBucketFields }\n      byTag { ...StatBucketFields }\n      campaigns { id name status startedAt endedAt deletedAt }\n    }\n  }\n": types.CampaignStatisticsDocument,
    "\n  fragment ApiKeyRow on ApiKey { id name prefix scopes createdAt lastUsedAt revokedAt }\n": types.ApiKeyRowFragmentDoc,
    "query ApiKeys { apiKeys { ...ApiKeyRow } }": types.ApiKeysDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }": types.CreateApiKeyDocument,
    "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow } }": types.RevokeApiKeyDocument,
    "\n  fragment CalendarRow on Calendar {\n    id name timeZone validFrom validUntil\n    openHours { day start end }\n    exceptions { date closed start end }\n  }\n": types.CalendarRowFragmentDoc,
    "query Calendars { calendars { ...CalendarRow } }": types.CalendarsDocument,
    "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { ...CalendarRow } }": types.CreateCalendarDocument,
    "mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { ...CalendarRow } }": types.UpdateCalendarDocument,
    "mutation DeleteCalendar($id: ID!) { deleteCalendar(id: $id) { id } }": types.DeleteCalendarDocument,
    "\n  fragment DncRow on DncEntry { id number listName reason createdAt expiresAt }\n": types.DncRowFragmentDoc,
    "\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) { nodes { ...DncRow } pageInfo { endCursor hasNextPage } }\n  }\n": types.DncEntriesDocument,
    "mutation AddDncNumbers($input: AddDncNumbersInput!) { addDncNumbers(input: $input) { added renewed } }": types.AddDncNumbersDocument,
    "mutation RemoveDncEntry($id: ID!) { removeDncEntry(id: $id) { id } }": types.RemoveDncEntryDocument,
    "\n  fragment GatewayRow on Gateway { id name dialString enabled maxConcurrent callsPerSecond createdAt }\n": types.GatewayRowFragmentDoc,
    "query Gateways { gateways { ...GatewayRow } }": types.GatewaysDocument,
    "mutation CreateGateway($input: CreateGatewayInput!) { createGateway(input: $input) { ...GatewayRow } }": types.CreateGatewayDocument,
    "mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) { updateGateway(id: $id, input: $input) { ...GatewayRow } }": types.UpdateGatewayDocument,
    "mutation DeleteGateway($id: ID!) { deleteGateway(id: $id) { id } }": types.DeleteGatewayDocument,
    "\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns maxTotalCalls maxInternalCalls maxExternalCalls callsPerSecond queueMultiplier defaultRegion internalNumberPattern updatedAt\n  }\n": types.TenantLimitsFragmentDoc,
    "query TenantSettings { settings { ...TenantLimits } }": types.TenantSettingsDocument,
    "mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) { updateSettings(input: $input) { ...TenantLimits } }": types.UpdateTenantSettingsDocument,
    "\n  fragment UserRow on User { id email name role disabled createdAt }\n": types.UserRowFragmentDoc,
    "query Users { users { ...UserRow } me { id } }": types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }": types.CreateUserDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserRow } }": types.UpdateUserDocument,
    "mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) { resetUserPassword(id: $id, input: $input) { id } }": types.ResetUserPasswordDocument,
    "\n  fragment ViewerFields on Viewer { id kind label role permissions tenantName }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me { me { ...ViewerFields } }\n": types.MeDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt user { id email role } }\n  }\n": types.LoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAgent { myAgent { id name endpoint state stateChangedAt wrapUpSeconds } }"): (typeof documents)["query MyAgent { myAgent { id name endpoint state stateChangedAt wrapUpSeconds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMyAgentState($state: AgentState!) { setMyAgentState(state: $state) { id state stateChangedAt } }"): (typeof documents)["mutation SetMyAgentState($state: AgentState!) { setMyAgentState(state: $state) { id state stateChangedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCall on AgentCall {\n    callId phase at attemptNumber number campaignId campaignName\n    recipient { id name externalId fields originalLine tags attempts comment disposition timeZone phones { number priority stopped } }\n  }\n"): (typeof documents)["\n  fragment DeskCall on AgentCall {\n    callId phase at attemptNumber number campaignId campaignName\n    recipient { id name externalId fields originalLine tags attempts comment disposition timeZone phones { number priority stopped } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyCalls { myCalls { ...DeskCall } }"): (typeof documents)["subscription MyCalls { myCalls { ...DeskCall } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCurrentCall { myCurrentCall { ...DeskCall } }"): (typeof documents)["query MyCurrentCall { myCurrentCall { ...DeskCall } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyAgentStateChanged($agentId: ID) { agentStateChanged(agentId: $agentId) { agentId state at by } }"): (typeof documents)["subscription MyAgentStateChanged($agentId: ID) { agentStateChanged(agentId: $agentId) { agentId state at by } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentRow on Agent {\n    id name endpoint state stateChangedAt userId wrapUpSeconds callTimeoutSeconds maxNoAnswer consecutiveNoAnswers\n  }\n"): (typeof documents)["\n  fragment AgentRow on Agent {\n    id name endpoint state stateChangedAt userId wrapUpSeconds callTimeoutSeconds maxNoAnswer consecutiveNoAnswers\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents {\n    agents { ...AgentRow }\n    users { id email name role }\n    agentAssignments { agentId campaignId level }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) { nodes { id name type } }\n  }\n"): (typeof documents)["\n  query Agents {\n    agents { ...AgentRow }\n    users { id email name role }\n    agentAssignments { agentId campaignId level }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) { nodes { id name type } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AgentStateChanged { agentStateChanged { agentId state previous at by name } }"): (typeof documents)["subscription AgentStateChanged { agentStateChanged { agentId state previous at by name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAgentState($id: ID!, $state: AgentState!) { setAgentState(id: $id, state: $state) { ...AgentRow } }"): (typeof documents)["mutation SetAgentState($id: ID!, $state: AgentState!) { setAgentState(id: $id, state: $state) { ...AgentRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAgent($id: ID!) { deleteAgent(id: $id) { id } }"): (typeof documents)["mutation DeleteAgent($id: ID!) { deleteAgent(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) { assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) { agentId campaignId level } }"): (typeof documents)["mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) { assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) { agentId campaignId level } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnassignAgent($agentId: ID!, $campaignId: ID!) { unassignAgent(agentId: $agentId, campaignId: $campaignId) }"): (typeof documents)["mutation UnassignAgent($agentId: ID!, $campaignId: ID!) { unassignAgent(agentId: $agentId, campaignId: $campaignId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) { id state nextAttemptAt callbackAt disposition comment }\n  }\n"): (typeof documents)["\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) { id state nextAttemptAt callbackAt disposition comment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AgentRow } }"): (typeof documents)["mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AgentRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added skipped campaign { id status }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added skipped campaign { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd { enabled onMachine }\n    destination { kind target }\n    broadcastActions { kind file seconds extension digit repeat }\n    causePolicy { cause action }\n    channelVariables { key value }\n  }\n"): (typeof documents)["\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd { enabled onMachine }\n    destination { kind target }\n    broadcastActions { kind file seconds extension digit repeat }\n    causePolicy { cause action }\n    channelVariables { key value }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) { startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) { id status runState scheduledAt startedAt } }"): (typeof documents)["mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) { startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) { id status runState scheduledAt startedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseCampaign($id: ID!) { pauseCampaign(id: $id) { id status runState } }"): (typeof documents)["mutation PauseCampaign($id: ID!) { pauseCampaign(id: $id) { id status runState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeCampaign($id: ID!) { resumeCampaign(id: $id) { id status runState } }"): (typeof documents)["mutation ResumeCampaign($id: ID!) { resumeCampaign(id: $id) { id status runState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelCampaign($id: ID!) { cancelCampaign(id: $id) { id status runState endedAt } }"): (typeof documents)["mutation CancelCampaign($id: ID!) { cancelCampaign(id: $id) { id status runState endedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestartCampaign($id: ID!) { restartCampaign(id: $id) { id status runState } }"): (typeof documents)["mutation RestartCampaign($id: ID!) { restartCampaign(id: $id) { id status runState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateCampaign($id: ID!) { terminateCampaign(id: $id) { id status runState endedAt } }"): (typeof documents)["mutation TerminateCampaign($id: ID!) { terminateCampaign(id: $id) { id status runState endedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) { addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) { affected campaign { id status } } }"): (typeof documents)["mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) { addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) { affected campaign { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurgePending($campaignId: ID!) { purgePendingRecipients(campaignId: $campaignId) { affected campaign { id status } } }"): (typeof documents)["mutation PurgePending($campaignId: ID!) { purgePendingRecipients(campaignId: $campaignId) { affected campaign { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }"): (typeof documents)["mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAllRecipients($campaignId: ID!) { deleteAllRecipients(campaignId: $campaignId) { affected campaign { id status } } }"): (typeof documents)["mutation DeleteAllRecipients($campaignId: ID!) { deleteAllRecipients(campaignId: $campaignId) { affected campaign { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignCounters on RecipientCounts {\n    total ready dialing inCall contacted retryWait failed stopped expired dnc scheduled waitingAgent\n  }\n"): (typeof documents)["\n  fragment CampaignCounters on RecipientCounts {\n    total ready dialing inCall contacted retryWait failed stopped expired dnc scheduled waitingAgent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    me { ...ViewerFields }\n    campaign(id: $id) {\n      id name description type dialingMode status runState isTemplate createdAt startedAt endedAt scheduledAt\n      maxAttempts retryWaitSeconds maxConcurrentCalls callsPerSecond priority\n      gateways { id name }\n      calendar { id name timeZone }\n      recipientCounts { ...CampaignCounters }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    me { ...ViewerFields }\n    campaign(id: $id) {\n      id name description type dialingMode status runState isTemplate createdAt startedAt endedAt scheduledAt\n      maxAttempts retryWaitSeconds maxConcurrentCalls callsPerSecond priority\n      gateways { id name }\n      calendar { id name timeZone }\n      recipientCounts { ...CampaignCounters }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignChanged($campaignId: ID!) { campaignChanged(campaignId: $campaignId) { campaignId status runState action at } }\n"): (typeof documents)["\n  subscription CampaignChanged($campaignId: ID!) { campaignChanged(campaignId: $campaignId) { campaignId status runState action at } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignSettings on Campaign {\n    id name description type dialingMode callerIdName callerIdNumber priority maxAttempts retryWaitSeconds\n    ringTimeoutSeconds maxConcurrentCalls callsPerSecond minSuccessSeconds completionThreshold defaultRegion\n    isTemplate queueName wrapUpSeconds abandonRateTarget maxInternalCalls maxExternalCalls queueMultiplier\n    ...CampaignAdvanced\n    calendar { id }\n    gateways { id }\n  }\n"): (typeof documents)["\n  fragment CampaignSettings on Campaign {\n    id name description type dialingMode callerIdName callerIdNumber priority maxAttempts retryWaitSeconds\n    ringTimeoutSeconds maxConcurrentCalls callsPerSecond minSuccessSeconds completionThreshold defaultRegion\n    isTemplate queueName wrapUpSeconds abandonRateTarget maxInternalCalls maxExternalCalls queueMultiplier\n    ...CampaignAdvanced\n    calendar { id }\n    gateways { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFormOptions { gateways { id name enabled } calendars { id name timeZone } }\n"): (typeof documents)["\n  query CampaignFormOptions { gateways { id name enabled } calendars { id name timeZone } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignSettings status } }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignSettings status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignSettings status } }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignSettings status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignRow on Campaign {\n    id name description type status runState startedAt endedAt createdAt isTemplate\n    recipientCounts { total contacted failed ready }\n  }\n"): (typeof documents)["\n  fragment CampaignRow on Campaign {\n    id name description type status runState startedAt endedAt createdAt isTemplate\n    recipientCounts { total contacted failed ready }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes { ...CampaignRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes { ...CampaignRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnyCampaignChanged { campaignChanged { campaignId status runState action at } }\n"): (typeof documents)["\n  subscription AnyCampaignChanged { campaignChanged { campaignId status runState action at } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) { id name status }\n  }\n"): (typeof documents)["\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) { id name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCampaign($id: ID!) { campaign(id: $id) { ...CampaignSettings status } }\n"): (typeof documents)["\n  query EditCampaign($id: ID!) { campaign(id: $id) { ...CampaignSettings status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignTemplates { campaigns(first: 100, filter: { isTemplate: true }) { nodes { id name } } }\n"): (typeof documents)["\n  query CampaignTemplates { campaigns(first: 100, filter: { isTemplate: true }) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignFromTemplate($id: ID!, $name: String) { cloneCampaign(id: $id, name: $name, asTemplate: false) { id } }\n"): (typeof documents)["\n  mutation CampaignFromTemplate($id: ID!, $name: String) { cloneCampaign(id: $id, name: $name, asTemplate: false) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignEventRow on CampaignEvent { id at action actorKind actorLabel fromStatus toStatus details configSnapshot }\n"): (typeof documents)["\n  fragment CampaignEventRow on CampaignEvent { id at action actorKind actorLabel fromStatus toStatus details configSnapshot }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes { ...CampaignEventRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes { ...CampaignEventRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }"): (typeof documents)["mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) { reactivateRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }"): (typeof documents)["mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) { reactivateRecipients(campaignId: $campaignId, ids: $ids) { affected campaign { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) { addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) { affected campaign { id status } } }"): (typeof documents)["mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) { addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) { affected campaign { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id name externalId priority timeZone fields comment disposition originalLine createdAt\n      callbackAt callbackExtension expireAt notBefore notAfter lastDurationSeconds\n      phones { number priority stopped }\n    }\n  }\n"): (typeof documents)["\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id name externalId priority timeZone fields comment disposition originalLine createdAt\n      callbackAt callbackExtension expireAt notBefore notAfter lastDurationSeconds\n      phones { number priority stopped }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientRow on Recipient {\n    id name externalId state attempts extraAttempts lastOutcome lastAttemptAt nextAttemptAt tags\n    phones { number priority stopped }\n  }\n"): (typeof documents)["\n  fragment RecipientRow on Recipient {\n    id name externalId state attempts extraAttempts lastOutcome lastAttemptAt nextAttemptAt tags\n    phones { number priority stopped }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { ...RecipientRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { ...RecipientRow }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id status fileName percent rowsRead imported rejected merged flaggedDnc error\n      rejections(first: 100) { row column code reason line }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id status fileName percent rowsRead imported rejected merged flaggedDnc error\n      rejections(first: 100) { row column code reason line }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format charset separator header columns rows\n      mapping { phones name externalId tags timezone priority expireAt notBefore notAfter schedule numberSeparator fields }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format charset separator header columns rows\n      mapping { phones name externalId tags timezone priority expireAt notBefore notAfter schedule numberSeparator fields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) { id status }\n  }\n"): (typeof documents)["\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) { importId status percent rowsRead imported rejected merged flaggedDnc error }\n  }\n"): (typeof documents)["\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) { importId status percent rowsRead imported rejected merged flaggedDnc error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveLists { recipientLists { id name status contactCount } }"): (typeof documents)["query ActiveLists { recipientLists { id name status contactCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) { added skipped campaign { id status } }\n  }\n"): (typeof documents)["\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) { added skipped campaign { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) { ...RecipientListRow }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes { id name priority tags timeZone fields phones { number priority } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) { ...RecipientListRow }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes { id name priority tags timeZone fields phones { number priority } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) { added skipped }\n  }\n"): (typeof documents)["\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) { added skipped }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientListRow on RecipientList { id name status contactCount defaultRegion createdAt }\n"): (typeof documents)["\n  fragment RecipientListRow on RecipientList { id name status contactCount defaultRegion createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecipientLists { recipientLists { ...RecipientListRow } }"): (typeof documents)["query RecipientLists { recipientLists { ...RecipientListRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRecipientList($input: RecipientListInput!) { createRecipientList(input: $input) { ...RecipientListRow } }"): (typeof documents)["mutation CreateRecipientList($input: RecipientListInput!) { createRecipientList(input: $input) { ...RecipientListRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) { updateRecipientList(id: $id, input: $input) { ...RecipientListRow } }"): (typeof documents)["mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) { updateRecipientList(id: $id, input: $input) { ...RecipientListRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRecipientList($id: ID!) { deleteRecipientList(id: $id) }"): (typeof documents)["mutation DeleteRecipientList($id: ID!) { deleteRecipientList(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) { campaignId events { at callId recipientId number state outcome } }\n  }\n"): (typeof documents)["\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) { campaignId events { at callId recipientId number state outcome } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DialerStatusFields on DialerStatus { at node leader switchUp activeCalls callsPerSecond runningCampaigns }\n"): (typeof documents)["\n  fragment DialerStatusFields on DialerStatus { at node leader switchUp activeCalls callsPerSecond runningCampaigns }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialerStatus { dialerStatus { ...DialerStatusFields } }"): (typeof documents)["query DialerStatus { dialerStatus { ...DialerStatusFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DialerStatusChanged { dialerStatus { ...DialerStatusFields } }"): (typeof documents)["subscription DialerStatusChanged { dialerStatus { ...DialerStatusFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes { id name status runState priority scheduledAt recipientCounts { total ready dialing inCall contacted failed retryWait } }\n    }\n  }\n"): (typeof documents)["\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes { id name status runState priority scheduledAt recipientCounts { total ready dialing inCall contacted failed retryWait } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveCampaignChanged { campaignChanged { campaignId status runState } }"): (typeof documents)["subscription LiveCampaignChanged { campaignChanged { campaignId status runState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WallboardFields on Wallboard {\n    at campaignId activeCalls callsPerMinute answerRate recipientsRemaining etaSeconds\n    agents { available reserved onCall wrapUp onBreak loggedOut } occupancy abandonRate abandonRateTarget\n  }\n"): (typeof documents)["\n  fragment WallboardFields on Wallboard {\n    at campaignId activeCalls callsPerMinute answerRate recipientsRemaining etaSeconds\n    agents { available reserved onCall wrapUp onBreak loggedOut } occupancy abandonRate abandonRateTarget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Wallboard($campaignId: ID) { wallboard(campaignId: $campaignId) { ...WallboardFields } }\n"): (typeof documents)["\n  subscription Wallboard($campaignId: ID) { wallboard(campaignId: $campaignId) { ...WallboardFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id attemptNumber number callId counted outcome hangupCause q850 sipStatus billSeconds amdResult abandoned disposition\n        createdAt originatedAt ringingAt answeredAt bridgedAt endedAt answerConfirmedAt listenConfirmedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id attemptNumber number callId counted outcome hangupCause q850 sipStatus billSeconds amdResult abandoned disposition\n        createdAt originatedAt ringingAt answeredAt bridgedAt endedAt answerConfirmedAt listenConfirmedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) { id name }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { id name externalId numbers state attempts lastOutcome lastAttemptAt lastDurationSeconds tags disposition comment fields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) { id name }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes { id name externalId numbers state attempts lastOutcome lastAttemptAt lastDurationSeconds tags disposition comment fields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StatBucketFields on StatBucket { key count percent }"): (typeof documents)["fragment StatBucketFields on StatBucket { key count percent }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportCampaignChoices { campaigns(first: 200) { nodes { id name status } } }"): (typeof documents)["query ReportCampaignChoices { campaigns(first: 200) { nodes { id name status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients attempts answered answeredPercent abandoned abandonedPercent averageTalkSeconds totalTalkSeconds untagged\n      byState { ...StatBucketFields }\n      byLastOutcome { ...StatBucketFields }\n      byAttempts { ...StatBucketFields }\n      byTag { ...StatBucketFields }\n      campaigns { id name status startedAt endedAt deletedAt }\n    }\n  }\n"): (typeof documents)["\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients attempts answered answeredPercent abandoned abandonedPercent averageTalkSeconds totalTalkSeconds untagged\n      byState { ...StatBucketFields }\n      byLastOutcome { ...StatBucketFields }\n      byAttempts { ...StatBucketFields }\n      byTag { ...StatBucketFields }\n      campaigns { id name status startedAt endedAt deletedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey { id name prefix scopes createdAt lastUsedAt revokedAt }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey { id name prefix scopes createdAt lastUsedAt revokedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeys { apiKeys { ...ApiKeyRow } }"): (typeof documents)["query ApiKeys { apiKeys { ...ApiKeyRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }"): (typeof documents)["mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow } }"): (typeof documents)["mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarRow on Calendar {\n    id name timeZone validFrom validUntil\n    openHours { day start end }\n    exceptions { date closed start end }\n  }\n"): (typeof documents)["\n  fragment CalendarRow on Calendar {\n    id name timeZone validFrom validUntil\n    openHours { day start end }\n    exceptions { date closed start end }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Calendars { calendars { ...CalendarRow } }"): (typeof documents)["query Calendars { calendars { ...CalendarRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { ...CalendarRow } }"): (typeof documents)["mutation CreateCalendar($input: CreateCalendarInput!) { createCalendar(input: $input) { ...CalendarRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { ...CalendarRow } }"): (typeof documents)["mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) { updateCalendar(id: $id, input: $input) { ...CalendarRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCalendar($id: ID!) { deleteCalendar(id: $id) { id } }"): (typeof documents)["mutation DeleteCalendar($id: ID!) { deleteCalendar(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DncRow on DncEntry { id number listName reason createdAt expiresAt }\n"): (typeof documents)["\n  fragment DncRow on DncEntry { id number listName reason createdAt expiresAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) { nodes { ...DncRow } pageInfo { endCursor hasNextPage } }\n  }\n"): (typeof documents)["\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) { nodes { ...DncRow } pageInfo { endCursor hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddDncNumbers($input: AddDncNumbersInput!) { addDncNumbers(input: $input) { added renewed } }"): (typeof documents)["mutation AddDncNumbers($input: AddDncNumbersInput!) { addDncNumbers(input: $input) { added renewed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveDncEntry($id: ID!) { removeDncEntry(id: $id) { id } }"): (typeof documents)["mutation RemoveDncEntry($id: ID!) { removeDncEntry(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GatewayRow on Gateway { id name dialString enabled maxConcurrent callsPerSecond createdAt }\n"): (typeof documents)["\n  fragment GatewayRow on Gateway { id name dialString enabled maxConcurrent callsPerSecond createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Gateways { gateways { ...GatewayRow } }"): (typeof documents)["query Gateways { gateways { ...GatewayRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGateway($input: CreateGatewayInput!) { createGateway(input: $input) { ...GatewayRow } }"): (typeof documents)["mutation CreateGateway($input: CreateGatewayInput!) { createGateway(input: $input) { ...GatewayRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) { updateGateway(id: $id, input: $input) { ...GatewayRow } }"): (typeof documents)["mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) { updateGateway(id: $id, input: $input) { ...GatewayRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteGateway($id: ID!) { deleteGateway(id: $id) { id } }"): (typeof documents)["mutation DeleteGateway($id: ID!) { deleteGateway(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns maxTotalCalls maxInternalCalls maxExternalCalls callsPerSecond queueMultiplier defaultRegion internalNumberPattern updatedAt\n  }\n"): (typeof documents)["\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns maxTotalCalls maxInternalCalls maxExternalCalls callsPerSecond queueMultiplier defaultRegion internalNumberPattern updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantSettings { settings { ...TenantLimits } }"): (typeof documents)["query TenantSettings { settings { ...TenantLimits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) { updateSettings(input: $input) { ...TenantLimits } }"): (typeof documents)["mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) { updateSettings(input: $input) { ...TenantLimits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User { id email name role disabled createdAt }\n"): (typeof documents)["\n  fragment UserRow on User { id email name role disabled createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users { users { ...UserRow } me { id } }"): (typeof documents)["query Users { users { ...UserRow } me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserRow } }"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) { resetUserPassword(id: $id, input: $input) { id } }"): (typeof documents)["mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) { resetUserPassword(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer { id kind label role permissions tenantName }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer { id kind label role permissions tenantName }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { ...ViewerFields } }\n"): (typeof documents)["\n  query Me { me { ...ViewerFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt user { id email role } }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt user { id email role } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;