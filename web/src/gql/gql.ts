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
    "\n  query MyAgent {\n    myAgent {\n      id\n      name\n      endpoint\n      state\n      stateChangedAt\n      wrapUpSeconds\n      phoneRegistered\n      breakCause\n    }\n  }\n": typeof types.MyAgentDocument,
    "\n  mutation SetMyAgentState($state: AgentState!) {\n    setMyAgentState(state: $state) {\n      id\n      state\n      stateChangedAt\n    }\n  }\n": typeof types.SetMyAgentStateDocument,
    "\n  fragment DeskCall on AgentCall {\n    callId\n    phase\n    preview\n    offerExpiresAt\n    at\n    attemptNumber\n    number\n    campaignId\n    campaignName\n    recipient {\n      id\n      name\n      externalId\n      fields\n      originalLine\n      tags\n      attempts\n      comment\n      disposition\n      timeZone\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n": typeof types.DeskCallFragmentDoc,
    "\n  subscription MyCalls {\n    myCalls {\n      ...DeskCall\n    }\n  }\n": typeof types.MyCallsDocument,
    "\n  query MyCurrentCall {\n    myCurrentCall {\n      ...DeskCall\n    }\n  }\n": typeof types.MyCurrentCallDocument,
    "\n  subscription MyAgentStateChanged($agentId: ID) {\n    agentStateChanged(agentId: $agentId) {\n      agentId\n      state\n      at\n      by\n    }\n  }\n": typeof types.MyAgentStateChangedDocument,
    "\n  fragment AgentRow on Agent {\n    id\n    name\n    endpoint\n    state\n    stateChangedAt\n    userId\n    wrapUpSeconds\n    callTimeoutSeconds\n    maxNoAnswer\n    consecutiveNoAnswers\n    phoneRegistered\n    phoneCheckedAt\n    breakCause\n  }\n": typeof types.AgentRowFragmentDoc,
    "\n  query Agents {\n    agents {\n      ...AgentRow\n    }\n    users {\n      id\n      email\n      name\n      role\n    }\n    agentAssignments {\n      agentId\n      campaignId\n      level\n    }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      agentId\n      state\n      previous\n      at\n      by\n      name\n    }\n  }\n": typeof types.AgentStateChangedDocument,
    "\n  mutation SetAgentState($id: ID!, $state: AgentState!) {\n    setAgentState(id: $id, state: $state) {\n      ...AgentRow\n    }\n  }\n": typeof types.SetAgentStateDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteAgentDocument,
    "\n  mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) {\n    assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) {\n      agentId\n      campaignId\n      level\n    }\n  }\n": typeof types.AssignAgentDocument,
    "\n  mutation UnassignAgent($agentId: ID!, $campaignId: ID!) {\n    unassignAgent(agentId: $agentId, campaignId: $campaignId)\n  }\n": typeof types.UnassignAgentDocument,
    "\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) {\n      id\n      state\n      nextAttemptAt\n      callbackAt\n      disposition\n      comment\n    }\n  }\n": typeof types.ReportCallResultDocument,
    "\n  query DncListsForDesk {\n    dncLists {\n      name\n    }\n  }\n": typeof types.DncListsForDeskDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AgentRow\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation DecidePreviewCall($callId: ID!, $dial: Boolean!) {\n    decidePreviewCall(callId: $callId, dial: $dial)\n  }\n": typeof types.DecidePreviewCallDocument,
    "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddRecipientsDocument,
    "\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd {\n      enabled\n      onMachine\n    }\n    destination {\n      kind\n      target\n      maxWaiting\n    }\n    broadcastActions {\n      kind\n      file\n      seconds\n      extension\n      digit\n      repeat\n    }\n    causePolicy {\n      cause\n      action\n    }\n    channelVariables {\n      key\n      value\n    }\n    sendRecipientFields\n  }\n": typeof types.CampaignAdvancedFragmentDoc,
    "\n  mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) {\n    startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) {\n      id\n      status\n      runState\n      scheduledAt\n      startedAt\n    }\n  }\n": typeof types.StartCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": typeof types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": typeof types.ResumeCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n": typeof types.CancelCampaignDocument,
    "\n  mutation RestartCampaign($id: ID!) {\n    restartCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": typeof types.RestartCampaignDocument,
    "\n  mutation TerminateCampaign($id: ID!) {\n    terminateCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n": typeof types.TerminateCampaignDocument,
    "\n  mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) {\n    addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddAttemptsAllFailedDocument,
    "\n  mutation PurgePending($campaignId: ID!) {\n    purgePendingRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PurgePendingDocument,
    "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCampaignDocument,
    "\n  mutation DeleteAllRecipients($campaignId: ID!) {\n    deleteAllRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DeleteAllRecipientsDocument,
    "\n  fragment CampaignCounters on RecipientCounts {\n    total\n    ready\n    dialing\n    inCall\n    contacted\n    retryWait\n    failed\n    stopped\n    expired\n    dnc\n    scheduled\n    waitingAgent\n  }\n": typeof types.CampaignCountersFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    me {\n      ...ViewerFields\n    }\n    campaign(id: $id) {\n      id\n      name\n      description\n      type\n      dialingMode\n      status\n      runState\n      runStateReason\n      isTemplate\n      templateEnabled\n      template {\n        id\n        name\n      }\n      startProblems\n      effectiveComplianceProfile\n      recipientsOutsideHours\n      createdAt\n      startedAt\n      endedAt\n      scheduledAt\n      maxAttempts\n      retryWaitSeconds\n      maxConcurrentCalls\n      callsPerSecond\n      priority\n      gateways {\n        id\n        name\n      }\n      calendar {\n        id\n        name\n        timeZone\n      }\n      recipientCounts {\n        ...CampaignCounters\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  subscription CampaignChanged($campaignId: ID!) {\n    campaignChanged(campaignId: $campaignId) {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n": typeof types.CampaignChangedDocument,
    "\n  fragment CampaignSettings on Campaign {\n    id\n    name\n    description\n    type\n    dialingMode\n    callerIdName\n    callerIdNumber\n    complianceProfile\n    dncLists\n    priority\n    maxAttempts\n    retryWaitSeconds\n    maxUncountedAttempts\n    ringTimeoutSeconds\n    maxConcurrentCalls\n    callsPerSecond\n    minSuccessSeconds\n    completionThreshold\n    defaultRegion\n    numberFormat\n    accountcode\n    isTemplate\n    queueName\n    abandonMessage\n    wrapUpSeconds\n    abandonRateTarget\n    maxInternalCalls\n    maxExternalCalls\n    queueMultiplier\n    ...CampaignAdvanced\n    calendar {\n      id\n    }\n    gateways {\n      id\n    }\n  }\n": typeof types.CampaignSettingsFragmentDoc,
    "\n  query CampaignFormOptions {\n    gateways {\n      id\n      name\n      enabled\n    }\n    calendars {\n      id\n      name\n      timeZone\n    }\n    settings {\n      complianceProfile\n    }\n    dncLists {\n      name\n    }\n  }\n": typeof types.CampaignFormOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  fragment CampaignRow on Campaign {\n    id\n    name\n    description\n    type\n    status\n    runState\n    runStateReason\n    startedAt\n    endedAt\n    createdAt\n    isTemplate\n    templateEnabled\n    recipientCounts {\n      total\n      contacted\n      failed\n      ready\n    }\n  }\n": typeof types.CampaignRowFragmentDoc,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CampaignRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  subscription AnyCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n": typeof types.AnyCampaignChangedDocument,
    "\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.CloneCampaignDocument,
    "\n  query EditCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      status\n    }\n  }\n": typeof types.EditCampaignDocument,
    "\n  query CampaignTemplates {\n    campaigns(first: 100, filter: { isTemplate: true }) {\n      nodes {\n        id\n        name\n        templateEnabled\n      }\n    }\n  }\n": typeof types.CampaignTemplatesDocument,
    "\n  mutation CampaignFromTemplate($id: ID!, $name: String) {\n    cloneCampaign(id: $id, name: $name, asTemplate: false) {\n      id\n    }\n  }\n": typeof types.CampaignFromTemplateDocument,
    "\n  fragment CampaignEventRow on CampaignEvent {\n    id\n    at\n    action\n    actorKind\n    actorLabel\n    fromStatus\n    toStatus\n    details\n    configSnapshot\n  }\n": typeof types.CampaignEventRowFragmentDoc,
    "\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...CampaignEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CampaignEventsDocument,
    "\n  mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) {\n    stopRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StopRecipientsDocument,
    "\n  mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) {\n    reactivateRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReactivateRecipientsDocument,
    "\n  mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) {\n    addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddAttemptsToRecipientsDocument,
    "\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id\n      name\n      externalId\n      priority\n      timeZone\n      fields\n      comment\n      disposition\n      originalLine\n      createdAt\n      callbackAt\n      callbackExtension\n      callbackAgentName\n      expireAt\n      notBefore\n      notAfter\n      lastDurationSeconds\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n": typeof types.RecipientDetailDocument,
    "\n  mutation SetTemplateEnabled($id: ID!, $enabled: Boolean!) {\n    updateCampaign(id: $id, input: { templateEnabled: $enabled }) {\n      id\n      templateEnabled\n    }\n  }\n": typeof types.SetTemplateEnabledDocument,
    "\n  mutation DeleteTemplate($id: ID!, $force: Boolean!) {\n    deleteCampaign(id: $id, force: $force) {\n      id\n    }\n  }\n": typeof types.DeleteTemplateDocument,
    "\n  query WaitingBreakdown($id: ID!) {\n    campaign(id: $id) {\n      id\n      waitingBreakdown {\n        reason\n        count\n        nextAt\n        limit\n      }\n    }\n  }\n": typeof types.WaitingBreakdownDocument,
    "\n  fragment RecipientRow on Recipient {\n    id\n    name\n    externalId\n    state\n    attempts\n    extraAttempts\n    lastOutcome\n    lastAttemptAt\n    nextAttemptAt\n    tags\n    waitingReason {\n      reason\n      until\n      zone\n      limit\n    }\n    phones {\n      number\n      priority\n      stopped\n      dnc\n    }\n  }\n": typeof types.RecipientRowFragmentDoc,
    "\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...RecipientRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RecipientsDocument,
    "\n  subscription RecipientChanged($campaignId: ID!) {\n    recipientChanged(campaignId: $campaignId) {\n      changes {\n        recipientId\n      }\n      bulk {\n        action\n      }\n    }\n  }\n": typeof types.RecipientChangedDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n      rejections(first: 100) {\n        row\n        column\n        code\n        reason\n        line\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format\n      charset\n      separator\n      header\n      columns\n      rows\n      mapping {\n        phones\n        name\n        externalId\n        tags\n        timezone\n        priority\n        expireAt\n        notBefore\n        notAfter\n        schedule\n        region\n        nameColumns\n        numberSeparator\n        fields\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) {\n      id\n      status\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) {\n      importId\n      status\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  query ActiveLists {\n    recipientLists {\n      id\n      name\n      status\n      contactCount\n    }\n  }\n": typeof types.ActiveListsDocument,
    "\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AttachListDocument,
    "\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) {\n      ...RecipientListRow\n    }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes {\n        id\n        name\n        priority\n        tags\n        timeZone\n        fields\n        phones {\n          number\n          priority\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RecipientListDetailDocument,
    "\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) {\n      added\n      skipped\n    }\n  }\n": typeof types.AddContactsDocument,
    "\n  fragment RecipientListRow on RecipientList {\n    id\n    name\n    status\n    contactCount\n    defaultRegion\n    numberFormat\n    accountcode\n    createdAt\n  }\n": typeof types.RecipientListRowFragmentDoc,
    "\n  query RecipientLists {\n    recipientLists {\n      ...RecipientListRow\n    }\n  }\n": typeof types.RecipientListsDocument,
    "\n  mutation CreateRecipientList($input: RecipientListInput!) {\n    createRecipientList(input: $input) {\n      ...RecipientListRow\n    }\n  }\n": typeof types.CreateRecipientListDocument,
    "\n  mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) {\n    updateRecipientList(id: $id, input: $input) {\n      ...RecipientListRow\n    }\n  }\n": typeof types.UpdateRecipientListDocument,
    "\n  mutation DeleteRecipientList($id: ID!) {\n    deleteRecipientList(id: $id)\n  }\n": typeof types.DeleteRecipientListDocument,
    "\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) {\n      campaignId\n      events {\n        at\n        callId\n        recipientId\n        number\n        state\n        outcome\n        agentName\n        amdResult\n        amdCause\n        reason\n      }\n    }\n  }\n": typeof types.CallEventsDocument,
    "\n  fragment DialerStatusFields on DialerStatus {\n    at\n    node\n    leader\n    switchUp\n    activeCalls\n    callsPerSecond\n    runningCampaigns\n  }\n": typeof types.DialerStatusFieldsFragmentDoc,
    "\n  query DialerStatus {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n": typeof types.DialerStatusDocument,
    "\n  subscription DialerStatusChanged {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n": typeof types.DialerStatusChangedDocument,
    "\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes {\n        id\n        name\n        status\n        runState\n        runStateReason\n        priority\n        scheduledAt\n        recipientCounts {\n          total\n          ready\n          dialing\n          inCall\n          contacted\n          failed\n          retryWait\n        }\n      }\n    }\n  }\n": typeof types.LiveCampaignsDocument,
    "\n  subscription LiveCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n    }\n  }\n": typeof types.LiveCampaignChangedDocument,
    "\n  fragment WallboardFields on Wallboard {\n    at\n    campaignId\n    activeCalls\n    callsPerMinute\n    answerRate\n    abandonedCalls\n    confirmedCalls\n    recipientsRemaining\n    etaSeconds\n    agents {\n      available\n      noPhone\n      reserved\n      onCall\n      wrapUp\n      onBreak\n      loggedOut\n    }\n    occupancy\n    abandonRate\n    abandonRateTarget\n    profileAbandonRate\n    profileWindowHours\n  }\n": typeof types.WallboardFieldsFragmentDoc,
    "\n  subscription Wallboard($campaignId: ID) {\n    wallboard(campaignId: $campaignId) {\n      ...WallboardFields\n    }\n  }\n": typeof types.WallboardDocument,
    "\n  query WallboardHistory($campaignId: ID) {\n    wallboardHistory(campaignId: $campaignId, minutes: 60) {\n      at\n      activeCalls\n      callsPerMinute\n      answerRate\n    }\n  }\n": typeof types.WallboardHistoryDocument,
    "\n  query AuditLog($filter: AuditFilterInput, $first: Int!) {\n    auditLog(filter: $filter, first: $first) {\n      nodes {\n        id\n        at\n        action\n        actorKind\n        actorLabel\n        actorTenantId\n        tenantId\n        tenantName\n        targetType\n        targetId\n        changes\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditTenantNames {\n    tenants {\n      id\n      name\n    }\n  }\n": typeof types.AuditTenantNamesDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      adminEmail\n      generatedPassword\n      tenant {\n        ...OperatorTenant\n      }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...OperatorTenant\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...OperatorTenant\n    }\n  }\n": typeof types.SuspendTenantDocument,
    "\n  mutation ResumeTenant($id: ID!) {\n    resumeTenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n": typeof types.ResumeTenantDocument,
    "\n  query OperatorTenantCampaigns($tenantId: ID!) {\n    campaigns(filter: { tenantIds: [$tenantId] }, first: 200) {\n      nodes {\n        id\n        name\n        type\n        status\n        runState\n        runStateReason\n        tenantId\n        startedAt\n        endedAt\n        createdAt\n      }\n    }\n  }\n": typeof types.OperatorTenantCampaignsDocument,
    "\n  mutation OperatorPauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": typeof types.OperatorPauseCampaignDocument,
    "\n  mutation OperatorCancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n": typeof types.OperatorCancelCampaignDocument,
    "\n  query OperatorTenantDetail($id: ID!) {\n    tenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n": typeof types.OperatorTenantDetailDocument,
    "\n  query OperatorTenants {\n    tenants {\n      ...OperatorTenant\n    }\n  }\n": typeof types.OperatorTenantsDocument,
    "\n  fragment OperatorTenant on Tenant {\n    id\n    name\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n    usage {\n      liveCalls\n      runningCampaigns\n      callsToday\n    }\n  }\n": typeof types.OperatorTenantFragmentDoc,
    "\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id\n        attemptNumber\n        number\n        callId\n        counted\n        outcome\n        hangupCause\n        q850\n        sipStatus\n        billSeconds\n        amdResult\n        abandoned\n        abandonReason\n        bridgeFailureCause\n        disposition\n        createdAt\n        originatedAt\n        ringingAt\n        answeredAt\n        bridgedAt\n        endedAt\n        answerConfirmedAt\n        listenConfirmedAt\n      }\n    }\n  }\n": typeof types.RecipientCallAttemptsDocument,
    "\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) {\n      id\n      name\n    }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        externalId\n        numbers\n        state\n        attempts\n        lastOutcome\n        lastAttemptAt\n        lastDurationSeconds\n        tags\n        disposition\n        comment\n        fields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RecipientReportDocument,
    "\n  fragment StatBucketFields on StatBucket {\n    key\n    count\n    percent\n  }\n": typeof types.StatBucketFieldsFragmentDoc,
    "\n  query ReportCampaignChoices {\n    campaigns(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        abandonRateTarget\n      }\n    }\n  }\n": typeof types.ReportCampaignChoicesDocument,
    "\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients\n      finalRecipients\n      openRecipients\n      callsPlaced\n      countedAttempts\n      answered\n      answeredPercent\n      abandoned\n      abandonedPercent\n      averageTalkSeconds\n      totalTalkSeconds\n      untagged\n      byState {\n        ...StatBucketFields\n      }\n      byLastOutcome {\n        ...StatBucketFields\n      }\n      byAttempts {\n        ...StatBucketFields\n      }\n      byTag {\n        ...StatBucketFields\n      }\n      campaigns {\n        id\n        name\n        status\n        startedAt\n        endedAt\n        deletedAt\n      }\n    }\n  }\n": typeof types.CampaignStatisticsDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment CalendarRow on Calendar {\n    id\n    name\n    timeZone\n    validFrom\n    validUntil\n    openHours {\n      day\n      start\n      end\n    }\n    exceptions {\n      date\n      closed\n      start\n      end\n    }\n  }\n": typeof types.CalendarRowFragmentDoc,
    "\n  query Calendars {\n    calendars {\n      ...CalendarRow\n    }\n  }\n": typeof types.CalendarsDocument,
    "\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      ...CalendarRow\n    }\n  }\n": typeof types.CreateCalendarDocument,
    "\n  mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) {\n    updateCalendar(id: $id, input: $input) {\n      ...CalendarRow\n    }\n  }\n": typeof types.UpdateCalendarDocument,
    "\n  mutation DeleteCalendar($id: ID!) {\n    deleteCalendar(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCalendarDocument,
    "\n  query TenantComplianceProfile {\n    settings {\n      complianceProfile\n    }\n  }\n": typeof types.TenantComplianceProfileDocument,
    "\n  mutation SetTenantComplianceProfile($profile: ComplianceProfile!) {\n    updateSettings(input: { complianceProfile: $profile }) {\n      complianceProfile\n    }\n  }\n": typeof types.SetTenantComplianceProfileDocument,
    "\n  fragment DncRow on DncEntry {\n    id\n    number\n    listName\n    reason\n    createdAt\n    expiresAt\n  }\n": typeof types.DncRowFragmentDoc,
    "\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...DncRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DncEntriesDocument,
    "\n  mutation AddDncNumbers($input: AddDncNumbersInput!) {\n    addDncNumbers(input: $input) {\n      added\n      renewed\n    }\n  }\n": typeof types.AddDncNumbersDocument,
    "\n  mutation RemoveDncEntry($id: ID!) {\n    removeDncEntry(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveDncEntryDocument,
    "\n  fragment GatewayRow on Gateway {\n    id\n    name\n    dialString\n    enabled\n    maxConcurrent\n    callsPerSecond\n    createdAt\n  }\n": typeof types.GatewayRowFragmentDoc,
    "\n  query Gateways {\n    gateways {\n      ...GatewayRow\n    }\n  }\n": typeof types.GatewaysDocument,
    "\n  mutation CreateGateway($input: CreateGatewayInput!) {\n    createGateway(input: $input) {\n      ...GatewayRow\n    }\n  }\n": typeof types.CreateGatewayDocument,
    "\n  mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) {\n    updateGateway(id: $id, input: $input) {\n      ...GatewayRow\n    }\n  }\n": typeof types.UpdateGatewayDocument,
    "\n  mutation DeleteGateway($id: ID!) {\n    deleteGateway(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteGatewayDocument,
    "\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns\n    maxTotalCalls\n    maxInternalCalls\n    maxExternalCalls\n    callsPerSecond\n    queueMultiplier\n    defaultRegion\n    internalNumberPattern\n    accountcode\n    updatedAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n  }\n": typeof types.TenantLimitsFragmentDoc,
    "\n  query TenantSettings {\n    settings {\n      ...TenantLimits\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateSettings(input: $input) {\n      ...TenantLimits\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n    me {\n      id\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    label\n    role\n    permissions\n    tenantName\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  query MyAgent {\n    myAgent {\n      id\n      name\n      endpoint\n      state\n      stateChangedAt\n      wrapUpSeconds\n      phoneRegistered\n      breakCause\n    }\n  }\n": types.MyAgentDocument,
    "\n  mutation SetMyAgentState($state: AgentState!) {\n    setMyAgentState(state: $state) {\n      id\n      state\n      stateChangedAt\n    }\n  }\n": types.SetMyAgentStateDocument,
    "\n  fragment DeskCall on AgentCall {\n    callId\n    phase\n    preview\n    offerExpiresAt\n    at\n    attemptNumber\n    number\n    campaignId\n    campaignName\n    recipient {\n      id\n      name\n      externalId\n      fields\n      originalLine\n      tags\n      attempts\n      comment\n      disposition\n      timeZone\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n": types.DeskCallFragmentDoc,
    "\n  subscription MyCalls {\n    myCalls {\n      ...DeskCall\n    }\n  }\n": types.MyCallsDocument,
    "\n  query MyCurrentCall {\n    myCurrentCall {\n      ...DeskCall\n    }\n  }\n": types.MyCurrentCallDocument,
    "\n  subscription MyAgentStateChanged($agentId: ID) {\n    agentStateChanged(agentId: $agentId) {\n      agentId\n      state\n      at\n      by\n    }\n  }\n": types.MyAgentStateChangedDocument,
    "\n  fragment AgentRow on Agent {\n    id\n    name\n    endpoint\n    state\n    stateChangedAt\n    userId\n    wrapUpSeconds\n    callTimeoutSeconds\n    maxNoAnswer\n    consecutiveNoAnswers\n    phoneRegistered\n    phoneCheckedAt\n    breakCause\n  }\n": types.AgentRowFragmentDoc,
    "\n  query Agents {\n    agents {\n      ...AgentRow\n    }\n    users {\n      id\n      email\n      name\n      role\n    }\n    agentAssignments {\n      agentId\n      campaignId\n      level\n    }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.AgentsDocument,
    "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      agentId\n      state\n      previous\n      at\n      by\n      name\n    }\n  }\n": types.AgentStateChangedDocument,
    "\n  mutation SetAgentState($id: ID!, $state: AgentState!) {\n    setAgentState(id: $id, state: $state) {\n      ...AgentRow\n    }\n  }\n": types.SetAgentStateDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id) {\n      id\n    }\n  }\n": types.DeleteAgentDocument,
    "\n  mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) {\n    assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) {\n      agentId\n      campaignId\n      level\n    }\n  }\n": types.AssignAgentDocument,
    "\n  mutation UnassignAgent($agentId: ID!, $campaignId: ID!) {\n    unassignAgent(agentId: $agentId, campaignId: $campaignId)\n  }\n": types.UnassignAgentDocument,
    "\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) {\n      id\n      state\n      nextAttemptAt\n      callbackAt\n      disposition\n      comment\n    }\n  }\n": types.ReportCallResultDocument,
    "\n  query DncListsForDesk {\n    dncLists {\n      name\n    }\n  }\n": types.DncListsForDeskDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AgentRow\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation DecidePreviewCall($callId: ID!, $dial: Boolean!) {\n    decidePreviewCall(callId: $callId, dial: $dial)\n  }\n": types.DecidePreviewCallDocument,
    "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.AddRecipientsDocument,
    "\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd {\n      enabled\n      onMachine\n    }\n    destination {\n      kind\n      target\n      maxWaiting\n    }\n    broadcastActions {\n      kind\n      file\n      seconds\n      extension\n      digit\n      repeat\n    }\n    causePolicy {\n      cause\n      action\n    }\n    channelVariables {\n      key\n      value\n    }\n    sendRecipientFields\n  }\n": types.CampaignAdvancedFragmentDoc,
    "\n  mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) {\n    startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) {\n      id\n      status\n      runState\n      scheduledAt\n      startedAt\n    }\n  }\n": types.StartCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": types.ResumeCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n": types.CancelCampaignDocument,
    "\n  mutation RestartCampaign($id: ID!) {\n    restartCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": types.RestartCampaignDocument,
    "\n  mutation TerminateCampaign($id: ID!) {\n    terminateCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n": types.TerminateCampaignDocument,
    "\n  mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) {\n    addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.AddAttemptsAllFailedDocument,
    "\n  mutation PurgePending($campaignId: ID!) {\n    purgePendingRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.PurgePendingDocument,
    "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id) {\n      id\n    }\n  }\n": types.DeleteCampaignDocument,
    "\n  mutation DeleteAllRecipients($campaignId: ID!) {\n    deleteAllRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.DeleteAllRecipientsDocument,
    "\n  fragment CampaignCounters on RecipientCounts {\n    total\n    ready\n    dialing\n    inCall\n    contacted\n    retryWait\n    failed\n    stopped\n    expired\n    dnc\n    scheduled\n    waitingAgent\n  }\n": types.CampaignCountersFragmentDoc,
    "\n  query CampaignDetail($id: ID!) {\n    me {\n      ...ViewerFields\n    }\n    campaign(id: $id) {\n      id\n      name\n      description\n      type\n      dialingMode\n      status\n      runState\n      runStateReason\n      isTemplate\n      templateEnabled\n      template {\n        id\n        name\n      }\n      startProblems\n      effectiveComplianceProfile\n      recipientsOutsideHours\n      createdAt\n      startedAt\n      endedAt\n      scheduledAt\n      maxAttempts\n      retryWaitSeconds\n      maxConcurrentCalls\n      callsPerSecond\n      priority\n      gateways {\n        id\n        name\n      }\n      calendar {\n        id\n        name\n        timeZone\n      }\n      recipientCounts {\n        ...CampaignCounters\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  subscription CampaignChanged($campaignId: ID!) {\n    campaignChanged(campaignId: $campaignId) {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n": types.CampaignChangedDocument,
    "\n  fragment CampaignSettings on Campaign {\n    id\n    name\n    description\n    type\n    dialingMode\n    callerIdName\n    callerIdNumber\n    complianceProfile\n    dncLists\n    priority\n    maxAttempts\n    retryWaitSeconds\n    maxUncountedAttempts\n    ringTimeoutSeconds\n    maxConcurrentCalls\n    callsPerSecond\n    minSuccessSeconds\n    completionThreshold\n    defaultRegion\n    numberFormat\n    accountcode\n    isTemplate\n    queueName\n    abandonMessage\n    wrapUpSeconds\n    abandonRateTarget\n    maxInternalCalls\n    maxExternalCalls\n    queueMultiplier\n    ...CampaignAdvanced\n    calendar {\n      id\n    }\n    gateways {\n      id\n    }\n  }\n": types.CampaignSettingsFragmentDoc,
    "\n  query CampaignFormOptions {\n    gateways {\n      id\n      name\n      enabled\n    }\n    calendars {\n      id\n      name\n      timeZone\n    }\n    settings {\n      complianceProfile\n    }\n    dncLists {\n      name\n    }\n  }\n": types.CampaignFormOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  fragment CampaignRow on Campaign {\n    id\n    name\n    description\n    type\n    status\n    runState\n    runStateReason\n    startedAt\n    endedAt\n    createdAt\n    isTemplate\n    templateEnabled\n    recipientCounts {\n      total\n      contacted\n      failed\n      ready\n    }\n  }\n": types.CampaignRowFragmentDoc,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CampaignRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  subscription AnyCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n": types.AnyCampaignChangedDocument,
    "\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) {\n      id\n      name\n      status\n    }\n  }\n": types.CloneCampaignDocument,
    "\n  query EditCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      status\n    }\n  }\n": types.EditCampaignDocument,
    "\n  query CampaignTemplates {\n    campaigns(first: 100, filter: { isTemplate: true }) {\n      nodes {\n        id\n        name\n        templateEnabled\n      }\n    }\n  }\n": types.CampaignTemplatesDocument,
    "\n  mutation CampaignFromTemplate($id: ID!, $name: String) {\n    cloneCampaign(id: $id, name: $name, asTemplate: false) {\n      id\n    }\n  }\n": types.CampaignFromTemplateDocument,
    "\n  fragment CampaignEventRow on CampaignEvent {\n    id\n    at\n    action\n    actorKind\n    actorLabel\n    fromStatus\n    toStatus\n    details\n    configSnapshot\n  }\n": types.CampaignEventRowFragmentDoc,
    "\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...CampaignEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CampaignEventsDocument,
    "\n  mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) {\n    stopRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.StopRecipientsDocument,
    "\n  mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) {\n    reactivateRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.ReactivateRecipientsDocument,
    "\n  mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) {\n    addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.AddAttemptsToRecipientsDocument,
    "\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id\n      name\n      externalId\n      priority\n      timeZone\n      fields\n      comment\n      disposition\n      originalLine\n      createdAt\n      callbackAt\n      callbackExtension\n      callbackAgentName\n      expireAt\n      notBefore\n      notAfter\n      lastDurationSeconds\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n": types.RecipientDetailDocument,
    "\n  mutation SetTemplateEnabled($id: ID!, $enabled: Boolean!) {\n    updateCampaign(id: $id, input: { templateEnabled: $enabled }) {\n      id\n      templateEnabled\n    }\n  }\n": types.SetTemplateEnabledDocument,
    "\n  mutation DeleteTemplate($id: ID!, $force: Boolean!) {\n    deleteCampaign(id: $id, force: $force) {\n      id\n    }\n  }\n": types.DeleteTemplateDocument,
    "\n  query WaitingBreakdown($id: ID!) {\n    campaign(id: $id) {\n      id\n      waitingBreakdown {\n        reason\n        count\n        nextAt\n        limit\n      }\n    }\n  }\n": types.WaitingBreakdownDocument,
    "\n  fragment RecipientRow on Recipient {\n    id\n    name\n    externalId\n    state\n    attempts\n    extraAttempts\n    lastOutcome\n    lastAttemptAt\n    nextAttemptAt\n    tags\n    waitingReason {\n      reason\n      until\n      zone\n      limit\n    }\n    phones {\n      number\n      priority\n      stopped\n      dnc\n    }\n  }\n": types.RecipientRowFragmentDoc,
    "\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...RecipientRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RecipientsDocument,
    "\n  subscription RecipientChanged($campaignId: ID!) {\n    recipientChanged(campaignId: $campaignId) {\n      changes {\n        recipientId\n      }\n      bulk {\n        action\n      }\n    }\n  }\n": types.RecipientChangedDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n      rejections(first: 100) {\n        row\n        column\n        code\n        reason\n        line\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format\n      charset\n      separator\n      header\n      columns\n      rows\n      mapping {\n        phones\n        name\n        externalId\n        tags\n        timezone\n        priority\n        expireAt\n        notBefore\n        notAfter\n        schedule\n        region\n        nameColumns\n        numberSeparator\n        fields\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) {\n      id\n      status\n    }\n  }\n": types.StartImportDocument,
    "\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) {\n      importId\n      status\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n    }\n  }\n": types.ImportProgressDocument,
    "\n  query ActiveLists {\n    recipientLists {\n      id\n      name\n      status\n      contactCount\n    }\n  }\n": types.ActiveListsDocument,
    "\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.AttachListDocument,
    "\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) {\n      ...RecipientListRow\n    }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes {\n        id\n        name\n        priority\n        tags\n        timeZone\n        fields\n        phones {\n          number\n          priority\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RecipientListDetailDocument,
    "\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) {\n      added\n      skipped\n    }\n  }\n": types.AddContactsDocument,
    "\n  fragment RecipientListRow on RecipientList {\n    id\n    name\n    status\n    contactCount\n    defaultRegion\n    numberFormat\n    accountcode\n    createdAt\n  }\n": types.RecipientListRowFragmentDoc,
    "\n  query RecipientLists {\n    recipientLists {\n      ...RecipientListRow\n    }\n  }\n": types.RecipientListsDocument,
    "\n  mutation CreateRecipientList($input: RecipientListInput!) {\n    createRecipientList(input: $input) {\n      ...RecipientListRow\n    }\n  }\n": types.CreateRecipientListDocument,
    "\n  mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) {\n    updateRecipientList(id: $id, input: $input) {\n      ...RecipientListRow\n    }\n  }\n": types.UpdateRecipientListDocument,
    "\n  mutation DeleteRecipientList($id: ID!) {\n    deleteRecipientList(id: $id)\n  }\n": types.DeleteRecipientListDocument,
    "\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) {\n      campaignId\n      events {\n        at\n        callId\n        recipientId\n        number\n        state\n        outcome\n        agentName\n        amdResult\n        amdCause\n        reason\n      }\n    }\n  }\n": types.CallEventsDocument,
    "\n  fragment DialerStatusFields on DialerStatus {\n    at\n    node\n    leader\n    switchUp\n    activeCalls\n    callsPerSecond\n    runningCampaigns\n  }\n": types.DialerStatusFieldsFragmentDoc,
    "\n  query DialerStatus {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n": types.DialerStatusDocument,
    "\n  subscription DialerStatusChanged {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n": types.DialerStatusChangedDocument,
    "\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes {\n        id\n        name\n        status\n        runState\n        runStateReason\n        priority\n        scheduledAt\n        recipientCounts {\n          total\n          ready\n          dialing\n          inCall\n          contacted\n          failed\n          retryWait\n        }\n      }\n    }\n  }\n": types.LiveCampaignsDocument,
    "\n  subscription LiveCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n    }\n  }\n": types.LiveCampaignChangedDocument,
    "\n  fragment WallboardFields on Wallboard {\n    at\n    campaignId\n    activeCalls\n    callsPerMinute\n    answerRate\n    abandonedCalls\n    confirmedCalls\n    recipientsRemaining\n    etaSeconds\n    agents {\n      available\n      noPhone\n      reserved\n      onCall\n      wrapUp\n      onBreak\n      loggedOut\n    }\n    occupancy\n    abandonRate\n    abandonRateTarget\n    profileAbandonRate\n    profileWindowHours\n  }\n": types.WallboardFieldsFragmentDoc,
    "\n  subscription Wallboard($campaignId: ID) {\n    wallboard(campaignId: $campaignId) {\n      ...WallboardFields\n    }\n  }\n": types.WallboardDocument,
    "\n  query WallboardHistory($campaignId: ID) {\n    wallboardHistory(campaignId: $campaignId, minutes: 60) {\n      at\n      activeCalls\n      callsPerMinute\n      answerRate\n    }\n  }\n": types.WallboardHistoryDocument,
    "\n  query AuditLog($filter: AuditFilterInput, $first: Int!) {\n    auditLog(filter: $filter, first: $first) {\n      nodes {\n        id\n        at\n        action\n        actorKind\n        actorLabel\n        actorTenantId\n        tenantId\n        tenantName\n        targetType\n        targetId\n        changes\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditTenantNames {\n    tenants {\n      id\n      name\n    }\n  }\n": types.AuditTenantNamesDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      adminEmail\n      generatedPassword\n      tenant {\n        ...OperatorTenant\n      }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...OperatorTenant\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...OperatorTenant\n    }\n  }\n": types.SuspendTenantDocument,
    "\n  mutation ResumeTenant($id: ID!) {\n    resumeTenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n": types.ResumeTenantDocument,
    "\n  query OperatorTenantCampaigns($tenantId: ID!) {\n    campaigns(filter: { tenantIds: [$tenantId] }, first: 200) {\n      nodes {\n        id\n        name\n        type\n        status\n        runState\n        runStateReason\n        tenantId\n        startedAt\n        endedAt\n        createdAt\n      }\n    }\n  }\n": types.OperatorTenantCampaignsDocument,
    "\n  mutation OperatorPauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n": types.OperatorPauseCampaignDocument,
    "\n  mutation OperatorCancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n": types.OperatorCancelCampaignDocument,
    "\n  query OperatorTenantDetail($id: ID!) {\n    tenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n": types.OperatorTenantDetailDocument,
    "\n  query OperatorTenants {\n    tenants {\n      ...OperatorTenant\n    }\n  }\n": types.OperatorTenantsDocument,
    "\n  fragment OperatorTenant on Tenant {\n    id\n    name\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n    usage {\n      liveCalls\n      runningCampaigns\n      callsToday\n    }\n  }\n": types.OperatorTenantFragmentDoc,
    "\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id\n        attemptNumber\n        number\n        callId\n        counted\n        outcome\n        hangupCause\n        q850\n        sipStatus\n        billSeconds\n        amdResult\n        abandoned\n        abandonReason\n        bridgeFailureCause\n        disposition\n        createdAt\n        originatedAt\n        ringingAt\n        answeredAt\n        bridgedAt\n        endedAt\n        answerConfirmedAt\n        listenConfirmedAt\n      }\n    }\n  }\n": types.RecipientCallAttemptsDocument,
    "\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) {\n      id\n      name\n    }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        externalId\n        numbers\n        state\n        attempts\n        lastOutcome\n        lastAttemptAt\n        lastDurationSeconds\n        tags\n        disposition\n        comment\n        fields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RecipientReportDocument,
    "\n  fragment StatBucketFields on StatBucket {\n    key\n    count\n    percent\n  }\n": types.StatBucketFieldsFragmentDoc,
    "\n  query ReportCampaignChoices {\n    campaigns(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        abandonRateTarget\n      }\n    }\n  }\n": types.ReportCampaignChoicesDocument,
    "\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients\n      finalRecipients\n      openRecipients\n      callsPlaced\n      countedAttempts\n      answered\n      answeredPercent\n      abandoned\n      abandonedPercent\n      averageTalkSeconds\n      totalTalkSeconds\n      untagged\n      byState {\n        ...StatBucketFields\n      }\n      byLastOutcome {\n        ...StatBucketFields\n      }\n      byAttempts {\n        ...StatBucketFields\n      }\n      byTag {\n        ...StatBucketFields\n      }\n      campaigns {\n        id\n        name\n        status\n        startedAt\n        endedAt\n        deletedAt\n      }\n    }\n  }\n": types.CampaignStatisticsDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment CalendarRow on Calendar {\n    id\n    name\n    timeZone\n    validFrom\n    validUntil\n    openHours {\n      day\n      start\n      end\n    }\n    exceptions {\n      date\n      closed\n      start\n      end\n    }\n  }\n": types.CalendarRowFragmentDoc,
    "\n  query Calendars {\n    calendars {\n      ...CalendarRow\n    }\n  }\n": types.CalendarsDocument,
    "\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      ...CalendarRow\n    }\n  }\n": types.CreateCalendarDocument,
    "\n  mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) {\n    updateCalendar(id: $id, input: $input) {\n      ...CalendarRow\n    }\n  }\n": types.UpdateCalendarDocument,
    "\n  mutation DeleteCalendar($id: ID!) {\n    deleteCalendar(id: $id) {\n      id\n    }\n  }\n": types.DeleteCalendarDocument,
    "\n  query TenantComplianceProfile {\n    settings {\n      complianceProfile\n    }\n  }\n": types.TenantComplianceProfileDocument,
    "\n  mutation SetTenantComplianceProfile($profile: ComplianceProfile!) {\n    updateSettings(input: { complianceProfile: $profile }) {\n      complianceProfile\n    }\n  }\n": types.SetTenantComplianceProfileDocument,
    "\n  fragment DncRow on DncEntry {\n    id\n    number\n    listName\n    reason\n    createdAt\n    expiresAt\n  }\n": types.DncRowFragmentDoc,
    "\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...DncRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DncEntriesDocument,
    "\n  mutation AddDncNumbers($input: AddDncNumbersInput!) {\n    addDncNumbers(input: $input) {\n      added\n      renewed\n    }\n  }\n": types.AddDncNumbersDocument,
    "\n  mutation RemoveDncEntry($id: ID!) {\n    removeDncEntry(id: $id) {\n      id\n    }\n  }\n": types.RemoveDncEntryDocument,
    "\n  fragment GatewayRow on Gateway {\n    id\n    name\n    dialString\n    enabled\n    maxConcurrent\n    callsPerSecond\n    createdAt\n  }\n": types.GatewayRowFragmentDoc,
    "\n  query Gateways {\n    gateways {\n      ...GatewayRow\n    }\n  }\n": types.GatewaysDocument,
    "\n  mutation CreateGateway($input: CreateGatewayInput!) {\n    createGateway(input: $input) {\n      ...GatewayRow\n    }\n  }\n": types.CreateGatewayDocument,
    "\n  mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) {\n    updateGateway(id: $id, input: $input) {\n      ...GatewayRow\n    }\n  }\n": types.UpdateGatewayDocument,
    "\n  mutation DeleteGateway($id: ID!) {\n    deleteGateway(id: $id) {\n      id\n    }\n  }\n": types.DeleteGatewayDocument,
    "\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns\n    maxTotalCalls\n    maxInternalCalls\n    maxExternalCalls\n    callsPerSecond\n    queueMultiplier\n    defaultRegion\n    internalNumberPattern\n    accountcode\n    updatedAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n  }\n": types.TenantLimitsFragmentDoc,
    "\n  query TenantSettings {\n    settings {\n      ...TenantLimits\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateSettings(input: $input) {\n      ...TenantLimits\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n    me {\n      id\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    label\n    role\n    permissions\n    tenantName\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.LoginDocument,
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
export function graphql(source: "\n  query MyAgent {\n    myAgent {\n      id\n      name\n      endpoint\n      state\n      stateChangedAt\n      wrapUpSeconds\n      phoneRegistered\n      breakCause\n    }\n  }\n"): (typeof documents)["\n  query MyAgent {\n    myAgent {\n      id\n      name\n      endpoint\n      state\n      stateChangedAt\n      wrapUpSeconds\n      phoneRegistered\n      breakCause\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAgentState($state: AgentState!) {\n    setMyAgentState(state: $state) {\n      id\n      state\n      stateChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyAgentState($state: AgentState!) {\n    setMyAgentState(state: $state) {\n      id\n      state\n      stateChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCall on AgentCall {\n    callId\n    phase\n    preview\n    offerExpiresAt\n    at\n    attemptNumber\n    number\n    campaignId\n    campaignName\n    recipient {\n      id\n      name\n      externalId\n      fields\n      originalLine\n      tags\n      attempts\n      comment\n      disposition\n      timeZone\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeskCall on AgentCall {\n    callId\n    phase\n    preview\n    offerExpiresAt\n    at\n    attemptNumber\n    number\n    campaignId\n    campaignName\n    recipient {\n      id\n      name\n      externalId\n      fields\n      originalLine\n      tags\n      attempts\n      comment\n      disposition\n      timeZone\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyCalls {\n    myCalls {\n      ...DeskCall\n    }\n  }\n"): (typeof documents)["\n  subscription MyCalls {\n    myCalls {\n      ...DeskCall\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCurrentCall {\n    myCurrentCall {\n      ...DeskCall\n    }\n  }\n"): (typeof documents)["\n  query MyCurrentCall {\n    myCurrentCall {\n      ...DeskCall\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyAgentStateChanged($agentId: ID) {\n    agentStateChanged(agentId: $agentId) {\n      agentId\n      state\n      at\n      by\n    }\n  }\n"): (typeof documents)["\n  subscription MyAgentStateChanged($agentId: ID) {\n    agentStateChanged(agentId: $agentId) {\n      agentId\n      state\n      at\n      by\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentRow on Agent {\n    id\n    name\n    endpoint\n    state\n    stateChangedAt\n    userId\n    wrapUpSeconds\n    callTimeoutSeconds\n    maxNoAnswer\n    consecutiveNoAnswers\n    phoneRegistered\n    phoneCheckedAt\n    breakCause\n  }\n"): (typeof documents)["\n  fragment AgentRow on Agent {\n    id\n    name\n    endpoint\n    state\n    stateChangedAt\n    userId\n    wrapUpSeconds\n    callTimeoutSeconds\n    maxNoAnswer\n    consecutiveNoAnswers\n    phoneRegistered\n    phoneCheckedAt\n    breakCause\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents {\n    agents {\n      ...AgentRow\n    }\n    users {\n      id\n      email\n      name\n      role\n    }\n    agentAssignments {\n      agentId\n      campaignId\n      level\n    }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agents {\n    agents {\n      ...AgentRow\n    }\n    users {\n      id\n      email\n      name\n      role\n    }\n    agentAssignments {\n      agentId\n      campaignId\n      level\n    }\n    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) {\n      nodes {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      agentId\n      state\n      previous\n      at\n      by\n      name\n    }\n  }\n"): (typeof documents)["\n  subscription AgentStateChanged {\n    agentStateChanged {\n      agentId\n      state\n      previous\n      at\n      by\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgentState($id: ID!, $state: AgentState!) {\n    setAgentState(id: $id, state: $state) {\n      ...AgentRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgentState($id: ID!, $state: AgentState!) {\n    setAgentState(id: $id, state: $state) {\n      ...AgentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) {\n    assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) {\n      agentId\n      campaignId\n      level\n    }\n  }\n"): (typeof documents)["\n  mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) {\n    assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) {\n      agentId\n      campaignId\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignAgent($agentId: ID!, $campaignId: ID!) {\n    unassignAgent(agentId: $agentId, campaignId: $campaignId)\n  }\n"): (typeof documents)["\n  mutation UnassignAgent($agentId: ID!, $campaignId: ID!) {\n    unassignAgent(agentId: $agentId, campaignId: $campaignId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) {\n      id\n      state\n      nextAttemptAt\n      callbackAt\n      disposition\n      comment\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {\n    reportCallResult(callId: $callId, result: $result) {\n      id\n      state\n      nextAttemptAt\n      callbackAt\n      disposition\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncListsForDesk {\n    dncLists {\n      name\n    }\n  }\n"): (typeof documents)["\n  query DncListsForDesk {\n    dncLists {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AgentRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...AgentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePreviewCall($callId: ID!, $dial: Boolean!) {\n    decidePreviewCall(callId: $callId, dial: $dial)\n  }\n"): (typeof documents)["\n  mutation DecidePreviewCall($callId: ID!, $dial: Boolean!) {\n    decidePreviewCall(callId: $callId, dial: $dial)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {\n    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd {\n      enabled\n      onMachine\n    }\n    destination {\n      kind\n      target\n      maxWaiting\n    }\n    broadcastActions {\n      kind\n      file\n      seconds\n      extension\n      digit\n      repeat\n    }\n    causePolicy {\n      cause\n      action\n    }\n    channelVariables {\n      key\n      value\n    }\n    sendRecipientFields\n  }\n"): (typeof documents)["\n  fragment CampaignAdvanced on Campaign {\n    waitForResult\n    amd {\n      enabled\n      onMachine\n    }\n    destination {\n      kind\n      target\n      maxWaiting\n    }\n    broadcastActions {\n      kind\n      file\n      seconds\n      extension\n      digit\n      repeat\n    }\n    causePolicy {\n      cause\n      action\n    }\n    channelVariables {\n      key\n      value\n    }\n    sendRecipientFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) {\n    startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) {\n      id\n      status\n      runState\n      scheduledAt\n      startedAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartCampaign($id: ID!, $at: DateTimeISO, $delaySeconds: Int) {\n    startCampaign(id: $id, at: $at, delaySeconds: $delaySeconds) {\n      id\n      status\n      runState\n      scheduledAt\n      startedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartCampaign($id: ID!) {\n    restartCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"): (typeof documents)["\n  mutation RestartCampaign($id: ID!) {\n    restartCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateCampaign($id: ID!) {\n    terminateCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateCampaign($id: ID!) {\n    terminateCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) {\n    addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAttemptsAllFailed($campaignId: ID!, $attempts: Int!) {\n    addAttempts(campaignId: $campaignId, allFailed: true, attempts: $attempts) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgePending($campaignId: ID!) {\n    purgePendingRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PurgePending($campaignId: ID!) {\n    purgePendingRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAllRecipients($campaignId: ID!) {\n    deleteAllRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAllRecipients($campaignId: ID!) {\n    deleteAllRecipients(campaignId: $campaignId) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignCounters on RecipientCounts {\n    total\n    ready\n    dialing\n    inCall\n    contacted\n    retryWait\n    failed\n    stopped\n    expired\n    dnc\n    scheduled\n    waitingAgent\n  }\n"): (typeof documents)["\n  fragment CampaignCounters on RecipientCounts {\n    total\n    ready\n    dialing\n    inCall\n    contacted\n    retryWait\n    failed\n    stopped\n    expired\n    dnc\n    scheduled\n    waitingAgent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    me {\n      ...ViewerFields\n    }\n    campaign(id: $id) {\n      id\n      name\n      description\n      type\n      dialingMode\n      status\n      runState\n      runStateReason\n      isTemplate\n      templateEnabled\n      template {\n        id\n        name\n      }\n      startProblems\n      effectiveComplianceProfile\n      recipientsOutsideHours\n      createdAt\n      startedAt\n      endedAt\n      scheduledAt\n      maxAttempts\n      retryWaitSeconds\n      maxConcurrentCalls\n      callsPerSecond\n      priority\n      gateways {\n        id\n        name\n      }\n      calendar {\n        id\n        name\n        timeZone\n      }\n      recipientCounts {\n        ...CampaignCounters\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    me {\n      ...ViewerFields\n    }\n    campaign(id: $id) {\n      id\n      name\n      description\n      type\n      dialingMode\n      status\n      runState\n      runStateReason\n      isTemplate\n      templateEnabled\n      template {\n        id\n        name\n      }\n      startProblems\n      effectiveComplianceProfile\n      recipientsOutsideHours\n      createdAt\n      startedAt\n      endedAt\n      scheduledAt\n      maxAttempts\n      retryWaitSeconds\n      maxConcurrentCalls\n      callsPerSecond\n      priority\n      gateways {\n        id\n        name\n      }\n      calendar {\n        id\n        name\n        timeZone\n      }\n      recipientCounts {\n        ...CampaignCounters\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignChanged($campaignId: ID!) {\n    campaignChanged(campaignId: $campaignId) {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription CampaignChanged($campaignId: ID!) {\n    campaignChanged(campaignId: $campaignId) {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignSettings on Campaign {\n    id\n    name\n    description\n    type\n    dialingMode\n    callerIdName\n    callerIdNumber\n    complianceProfile\n    dncLists\n    priority\n    maxAttempts\n    retryWaitSeconds\n    maxUncountedAttempts\n    ringTimeoutSeconds\n    maxConcurrentCalls\n    callsPerSecond\n    minSuccessSeconds\n    completionThreshold\n    defaultRegion\n    numberFormat\n    accountcode\n    isTemplate\n    queueName\n    abandonMessage\n    wrapUpSeconds\n    abandonRateTarget\n    maxInternalCalls\n    maxExternalCalls\n    queueMultiplier\n    ...CampaignAdvanced\n    calendar {\n      id\n    }\n    gateways {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignSettings on Campaign {\n    id\n    name\n    description\n    type\n    dialingMode\n    callerIdName\n    callerIdNumber\n    complianceProfile\n    dncLists\n    priority\n    maxAttempts\n    retryWaitSeconds\n    maxUncountedAttempts\n    ringTimeoutSeconds\n    maxConcurrentCalls\n    callsPerSecond\n    minSuccessSeconds\n    completionThreshold\n    defaultRegion\n    numberFormat\n    accountcode\n    isTemplate\n    queueName\n    abandonMessage\n    wrapUpSeconds\n    abandonRateTarget\n    maxInternalCalls\n    maxExternalCalls\n    queueMultiplier\n    ...CampaignAdvanced\n    calendar {\n      id\n    }\n    gateways {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFormOptions {\n    gateways {\n      id\n      name\n      enabled\n    }\n    calendars {\n      id\n      name\n      timeZone\n    }\n    settings {\n      complianceProfile\n    }\n    dncLists {\n      name\n    }\n  }\n"): (typeof documents)["\n  query CampaignFormOptions {\n    gateways {\n      id\n      name\n      enabled\n    }\n    calendars {\n      id\n      name\n      timeZone\n    }\n    settings {\n      complianceProfile\n    }\n    dncLists {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignSettings\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignRow on Campaign {\n    id\n    name\n    description\n    type\n    status\n    runState\n    runStateReason\n    startedAt\n    endedAt\n    createdAt\n    isTemplate\n    templateEnabled\n    recipientCounts {\n      total\n      contacted\n      failed\n      ready\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignRow on Campaign {\n    id\n    name\n    description\n    type\n    status\n    runState\n    runStateReason\n    startedAt\n    endedAt\n    createdAt\n    isTemplate\n    templateEnabled\n    recipientCounts {\n      total\n      contacted\n      failed\n      ready\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CampaignRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CampaignRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnyCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription AnyCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n      action\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {\n    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      status\n    }\n  }\n"): (typeof documents)["\n  query EditCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignTemplates {\n    campaigns(first: 100, filter: { isTemplate: true }) {\n      nodes {\n        id\n        name\n        templateEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignTemplates {\n    campaigns(first: 100, filter: { isTemplate: true }) {\n      nodes {\n        id\n        name\n        templateEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignFromTemplate($id: ID!, $name: String) {\n    cloneCampaign(id: $id, name: $name, asTemplate: false) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignFromTemplate($id: ID!, $name: String) {\n    cloneCampaign(id: $id, name: $name, asTemplate: false) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignEventRow on CampaignEvent {\n    id\n    at\n    action\n    actorKind\n    actorLabel\n    fromStatus\n    toStatus\n    details\n    configSnapshot\n  }\n"): (typeof documents)["\n  fragment CampaignEventRow on CampaignEvent {\n    id\n    at\n    action\n    actorKind\n    actorLabel\n    fromStatus\n    toStatus\n    details\n    configSnapshot\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...CampaignEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {\n    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {\n      nodes {\n        ...CampaignEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) {\n    stopRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) {\n    stopRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) {\n    reactivateRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) {\n    reactivateRecipients(campaignId: $campaignId, ids: $ids) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) {\n    addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) {\n    addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) {\n      affected\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id\n      name\n      externalId\n      priority\n      timeZone\n      fields\n      comment\n      disposition\n      originalLine\n      createdAt\n      callbackAt\n      callbackExtension\n      callbackAgentName\n      expireAt\n      notBefore\n      notAfter\n      lastDurationSeconds\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecipientDetail($id: ID!) {\n    recipient(id: $id) {\n      id\n      name\n      externalId\n      priority\n      timeZone\n      fields\n      comment\n      disposition\n      originalLine\n      createdAt\n      callbackAt\n      callbackExtension\n      callbackAgentName\n      expireAt\n      notBefore\n      notAfter\n      lastDurationSeconds\n      phones {\n        number\n        priority\n        stopped\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTemplateEnabled($id: ID!, $enabled: Boolean!) {\n    updateCampaign(id: $id, input: { templateEnabled: $enabled }) {\n      id\n      templateEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetTemplateEnabled($id: ID!, $enabled: Boolean!) {\n    updateCampaign(id: $id, input: { templateEnabled: $enabled }) {\n      id\n      templateEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTemplate($id: ID!, $force: Boolean!) {\n    deleteCampaign(id: $id, force: $force) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTemplate($id: ID!, $force: Boolean!) {\n    deleteCampaign(id: $id, force: $force) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingBreakdown($id: ID!) {\n    campaign(id: $id) {\n      id\n      waitingBreakdown {\n        reason\n        count\n        nextAt\n        limit\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingBreakdown($id: ID!) {\n    campaign(id: $id) {\n      id\n      waitingBreakdown {\n        reason\n        count\n        nextAt\n        limit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientRow on Recipient {\n    id\n    name\n    externalId\n    state\n    attempts\n    extraAttempts\n    lastOutcome\n    lastAttemptAt\n    nextAttemptAt\n    tags\n    waitingReason {\n      reason\n      until\n      zone\n      limit\n    }\n    phones {\n      number\n      priority\n      stopped\n      dnc\n    }\n  }\n"): (typeof documents)["\n  fragment RecipientRow on Recipient {\n    id\n    name\n    externalId\n    state\n    attempts\n    extraAttempts\n    lastOutcome\n    lastAttemptAt\n    nextAttemptAt\n    tags\n    waitingReason {\n      reason\n      until\n      zone\n      limit\n    }\n    phones {\n      number\n      priority\n      stopped\n      dnc\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...RecipientRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Recipients($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientFilterInput) {\n    recipients(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...RecipientRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecipientChanged($campaignId: ID!) {\n    recipientChanged(campaignId: $campaignId) {\n      changes {\n        recipientId\n      }\n      bulk {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RecipientChanged($campaignId: ID!) {\n    recipientChanged(campaignId: $campaignId) {\n      changes {\n        recipientId\n      }\n      bulk {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n      rejections(first: 100) {\n        row\n        column\n        code\n        reason\n        line\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      fileName\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n      rejections(first: 100) {\n        row\n        column\n        code\n        reason\n        line\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format\n      charset\n      separator\n      header\n      columns\n      rows\n      mapping {\n        phones\n        name\n        externalId\n        tags\n        timezone\n        priority\n        expireAt\n        notBefore\n        notAfter\n        schedule\n        region\n        nameColumns\n        numberSeparator\n        fields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {\n    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {\n      format\n      charset\n      separator\n      header\n      columns\n      rows\n      mapping {\n        phones\n        name\n        externalId\n        tags\n        timezone\n        priority\n        expireAt\n        notBefore\n        notAfter\n        schedule\n        region\n        nameColumns\n        numberSeparator\n        fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {\n    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) {\n      importId\n      status\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n    }\n  }\n"): (typeof documents)["\n  subscription ImportProgress($importId: ID!) {\n    importProgress(importId: $importId) {\n      importId\n      status\n      percent\n      rowsRead\n      imported\n      rejected\n      merged\n      flaggedDnc\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveLists {\n    recipientLists {\n      id\n      name\n      status\n      contactCount\n    }\n  }\n"): (typeof documents)["\n  query ActiveLists {\n    recipientLists {\n      id\n      name\n      status\n      contactCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachList($campaignId: ID!, $listId: ID!) {\n    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) {\n      added\n      skipped\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) {\n      ...RecipientListRow\n    }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes {\n        id\n        name\n        priority\n        tags\n        timeZone\n        fields\n        phones {\n          number\n          priority\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {\n    recipientList(id: $id) {\n      ...RecipientListRow\n    }\n    contacts(listId: $id, first: $first, after: $after, text: $text) {\n      nodes {\n        id\n        name\n        priority\n        tags\n        timeZone\n        fields\n        phones {\n          number\n          priority\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) {\n      added\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {\n    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) {\n      added\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientListRow on RecipientList {\n    id\n    name\n    status\n    contactCount\n    defaultRegion\n    numberFormat\n    accountcode\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RecipientListRow on RecipientList {\n    id\n    name\n    status\n    contactCount\n    defaultRegion\n    numberFormat\n    accountcode\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientLists {\n    recipientLists {\n      ...RecipientListRow\n    }\n  }\n"): (typeof documents)["\n  query RecipientLists {\n    recipientLists {\n      ...RecipientListRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecipientList($input: RecipientListInput!) {\n    createRecipientList(input: $input) {\n      ...RecipientListRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecipientList($input: RecipientListInput!) {\n    createRecipientList(input: $input) {\n      ...RecipientListRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) {\n    updateRecipientList(id: $id, input: $input) {\n      ...RecipientListRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) {\n    updateRecipientList(id: $id, input: $input) {\n      ...RecipientListRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRecipientList($id: ID!) {\n    deleteRecipientList(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRecipientList($id: ID!) {\n    deleteRecipientList(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) {\n      campaignId\n      events {\n        at\n        callId\n        recipientId\n        number\n        state\n        outcome\n        agentName\n        amdResult\n        amdCause\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CallEvents($campaignId: ID!) {\n    callEvents(campaignId: $campaignId) {\n      campaignId\n      events {\n        at\n        callId\n        recipientId\n        number\n        state\n        outcome\n        agentName\n        amdResult\n        amdCause\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DialerStatusFields on DialerStatus {\n    at\n    node\n    leader\n    switchUp\n    activeCalls\n    callsPerSecond\n    runningCampaigns\n  }\n"): (typeof documents)["\n  fragment DialerStatusFields on DialerStatus {\n    at\n    node\n    leader\n    switchUp\n    activeCalls\n    callsPerSecond\n    runningCampaigns\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialerStatus {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n"): (typeof documents)["\n  query DialerStatus {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DialerStatusChanged {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n"): (typeof documents)["\n  subscription DialerStatusChanged {\n    dialerStatus {\n      ...DialerStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes {\n        id\n        name\n        status\n        runState\n        runStateReason\n        priority\n        scheduledAt\n        recipientCounts {\n          total\n          ready\n          dialing\n          inCall\n          contacted\n          failed\n          retryWait\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveCampaigns {\n    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {\n      nodes {\n        id\n        name\n        status\n        runState\n        runStateReason\n        priority\n        scheduledAt\n        recipientCounts {\n          total\n          ready\n          dialing\n          inCall\n          contacted\n          failed\n          retryWait\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n    }\n  }\n"): (typeof documents)["\n  subscription LiveCampaignChanged {\n    campaignChanged {\n      campaignId\n      status\n      runState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WallboardFields on Wallboard {\n    at\n    campaignId\n    activeCalls\n    callsPerMinute\n    answerRate\n    abandonedCalls\n    confirmedCalls\n    recipientsRemaining\n    etaSeconds\n    agents {\n      available\n      noPhone\n      reserved\n      onCall\n      wrapUp\n      onBreak\n      loggedOut\n    }\n    occupancy\n    abandonRate\n    abandonRateTarget\n    profileAbandonRate\n    profileWindowHours\n  }\n"): (typeof documents)["\n  fragment WallboardFields on Wallboard {\n    at\n    campaignId\n    activeCalls\n    callsPerMinute\n    answerRate\n    abandonedCalls\n    confirmedCalls\n    recipientsRemaining\n    etaSeconds\n    agents {\n      available\n      noPhone\n      reserved\n      onCall\n      wrapUp\n      onBreak\n      loggedOut\n    }\n    occupancy\n    abandonRate\n    abandonRateTarget\n    profileAbandonRate\n    profileWindowHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Wallboard($campaignId: ID) {\n    wallboard(campaignId: $campaignId) {\n      ...WallboardFields\n    }\n  }\n"): (typeof documents)["\n  subscription Wallboard($campaignId: ID) {\n    wallboard(campaignId: $campaignId) {\n      ...WallboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardHistory($campaignId: ID) {\n    wallboardHistory(campaignId: $campaignId, minutes: 60) {\n      at\n      activeCalls\n      callsPerMinute\n      answerRate\n    }\n  }\n"): (typeof documents)["\n  query WallboardHistory($campaignId: ID) {\n    wallboardHistory(campaignId: $campaignId, minutes: 60) {\n      at\n      activeCalls\n      callsPerMinute\n      answerRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilterInput, $first: Int!) {\n    auditLog(filter: $filter, first: $first) {\n      nodes {\n        id\n        at\n        action\n        actorKind\n        actorLabel\n        actorTenantId\n        tenantId\n        tenantName\n        targetType\n        targetId\n        changes\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilterInput, $first: Int!) {\n    auditLog(filter: $filter, first: $first) {\n      nodes {\n        id\n        at\n        action\n        actorKind\n        actorLabel\n        actorTenantId\n        tenantId\n        tenantName\n        targetType\n        targetId\n        changes\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTenantNames {\n    tenants {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditTenantNames {\n    tenants {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      adminEmail\n      generatedPassword\n      tenant {\n        ...OperatorTenant\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      adminEmail\n      generatedPassword\n      tenant {\n        ...OperatorTenant\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...OperatorTenant\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...OperatorTenant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...OperatorTenant\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...OperatorTenant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTenant($id: ID!) {\n    resumeTenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeTenant($id: ID!) {\n    resumeTenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenantCampaigns($tenantId: ID!) {\n    campaigns(filter: { tenantIds: [$tenantId] }, first: 200) {\n      nodes {\n        id\n        name\n        type\n        status\n        runState\n        runStateReason\n        tenantId\n        startedAt\n        endedAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorTenantCampaigns($tenantId: ID!) {\n    campaigns(filter: { tenantIds: [$tenantId] }, first: 200) {\n      nodes {\n        id\n        name\n        type\n        status\n        runState\n        runStateReason\n        tenantId\n        startedAt\n        endedAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorPauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorPauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      runState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorCancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorCancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n      runState\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenantDetail($id: ID!) {\n    tenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n"): (typeof documents)["\n  query OperatorTenantDetail($id: ID!) {\n    tenant(id: $id) {\n      ...OperatorTenant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenants {\n    tenants {\n      ...OperatorTenant\n    }\n  }\n"): (typeof documents)["\n  query OperatorTenants {\n    tenants {\n      ...OperatorTenant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperatorTenant on Tenant {\n    id\n    name\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n    usage {\n      liveCalls\n      runningCampaigns\n      callsToday\n    }\n  }\n"): (typeof documents)["\n  fragment OperatorTenant on Tenant {\n    id\n    name\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n    usage {\n      liveCalls\n      runningCampaigns\n      callsToday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id\n        attemptNumber\n        number\n        callId\n        counted\n        outcome\n        hangupCause\n        q850\n        sipStatus\n        billSeconds\n        amdResult\n        abandoned\n        abandonReason\n        bridgeFailureCause\n        disposition\n        createdAt\n        originatedAt\n        ringingAt\n        answeredAt\n        bridgedAt\n        endedAt\n        answerConfirmedAt\n        listenConfirmedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecipientCallAttempts($id: ID!) {\n    recipient(id: $id) {\n      id\n      callAttempts {\n        id\n        attemptNumber\n        number\n        callId\n        counted\n        outcome\n        hangupCause\n        q850\n        sipStatus\n        billSeconds\n        amdResult\n        abandoned\n        abandonReason\n        bridgeFailureCause\n        disposition\n        createdAt\n        originatedAt\n        ringingAt\n        answeredAt\n        bridgedAt\n        endedAt\n        answerConfirmedAt\n        listenConfirmedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) {\n      id\n      name\n    }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        externalId\n        numbers\n        state\n        attempts\n        lastOutcome\n        lastAttemptAt\n        lastDurationSeconds\n        tags\n        disposition\n        comment\n        fields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {\n    campaign(id: $campaignId) {\n      id\n      name\n    }\n    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        externalId\n        numbers\n        state\n        attempts\n        lastOutcome\n        lastAttemptAt\n        lastDurationSeconds\n        tags\n        disposition\n        comment\n        fields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatBucketFields on StatBucket {\n    key\n    count\n    percent\n  }\n"): (typeof documents)["\n  fragment StatBucketFields on StatBucket {\n    key\n    count\n    percent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCampaignChoices {\n    campaigns(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        abandonRateTarget\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportCampaignChoices {\n    campaigns(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        abandonRateTarget\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients\n      finalRecipients\n      openRecipients\n      callsPlaced\n      countedAttempts\n      answered\n      answeredPercent\n      abandoned\n      abandonedPercent\n      averageTalkSeconds\n      totalTalkSeconds\n      untagged\n      byState {\n        ...StatBucketFields\n      }\n      byLastOutcome {\n        ...StatBucketFields\n      }\n      byAttempts {\n        ...StatBucketFields\n      }\n      byTag {\n        ...StatBucketFields\n      }\n      campaigns {\n        id\n        name\n        status\n        startedAt\n        endedAt\n        deletedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignStatistics($filter: StatisticsFilterInput) {\n    campaignStatistics(filter: $filter) {\n      recipients\n      finalRecipients\n      openRecipients\n      callsPlaced\n      countedAttempts\n      answered\n      answeredPercent\n      abandoned\n      abandonedPercent\n      averageTalkSeconds\n      totalTalkSeconds\n      untagged\n      byState {\n        ...StatBucketFields\n      }\n      byLastOutcome {\n        ...StatBucketFields\n      }\n      byAttempts {\n        ...StatBucketFields\n      }\n      byTag {\n        ...StatBucketFields\n      }\n      campaigns {\n        id\n        name\n        status\n        startedAt\n        endedAt\n        deletedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarRow on Calendar {\n    id\n    name\n    timeZone\n    validFrom\n    validUntil\n    openHours {\n      day\n      start\n      end\n    }\n    exceptions {\n      date\n      closed\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarRow on Calendar {\n    id\n    name\n    timeZone\n    validFrom\n    validUntil\n    openHours {\n      day\n      start\n      end\n    }\n    exceptions {\n      date\n      closed\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calendars {\n    calendars {\n      ...CalendarRow\n    }\n  }\n"): (typeof documents)["\n  query Calendars {\n    calendars {\n      ...CalendarRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      ...CalendarRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendar($input: CreateCalendarInput!) {\n    createCalendar(input: $input) {\n      ...CalendarRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) {\n    updateCalendar(id: $id, input: $input) {\n      ...CalendarRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) {\n    updateCalendar(id: $id, input: $input) {\n      ...CalendarRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCalendar($id: ID!) {\n    deleteCalendar(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCalendar($id: ID!) {\n    deleteCalendar(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantComplianceProfile {\n    settings {\n      complianceProfile\n    }\n  }\n"): (typeof documents)["\n  query TenantComplianceProfile {\n    settings {\n      complianceProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantComplianceProfile($profile: ComplianceProfile!) {\n    updateSettings(input: { complianceProfile: $profile }) {\n      complianceProfile\n    }\n  }\n"): (typeof documents)["\n  mutation SetTenantComplianceProfile($profile: ComplianceProfile!) {\n    updateSettings(input: { complianceProfile: $profile }) {\n      complianceProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DncRow on DncEntry {\n    id\n    number\n    listName\n    reason\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment DncRow on DncEntry {\n    id\n    number\n    listName\n    reason\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...DncRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {\n    dncEntries(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...DncRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDncNumbers($input: AddDncNumbersInput!) {\n    addDncNumbers(input: $input) {\n      added\n      renewed\n    }\n  }\n"): (typeof documents)["\n  mutation AddDncNumbers($input: AddDncNumbersInput!) {\n    addDncNumbers(input: $input) {\n      added\n      renewed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDncEntry($id: ID!) {\n    removeDncEntry(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDncEntry($id: ID!) {\n    removeDncEntry(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GatewayRow on Gateway {\n    id\n    name\n    dialString\n    enabled\n    maxConcurrent\n    callsPerSecond\n    createdAt\n  }\n"): (typeof documents)["\n  fragment GatewayRow on Gateway {\n    id\n    name\n    dialString\n    enabled\n    maxConcurrent\n    callsPerSecond\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gateways {\n    gateways {\n      ...GatewayRow\n    }\n  }\n"): (typeof documents)["\n  query Gateways {\n    gateways {\n      ...GatewayRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGateway($input: CreateGatewayInput!) {\n    createGateway(input: $input) {\n      ...GatewayRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGateway($input: CreateGatewayInput!) {\n    createGateway(input: $input) {\n      ...GatewayRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) {\n    updateGateway(id: $id, input: $input) {\n      ...GatewayRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) {\n    updateGateway(id: $id, input: $input) {\n      ...GatewayRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGateway($id: ID!) {\n    deleteGateway(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGateway($id: ID!) {\n    deleteGateway(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns\n    maxTotalCalls\n    maxInternalCalls\n    maxExternalCalls\n    callsPerSecond\n    queueMultiplier\n    defaultRegion\n    internalNumberPattern\n    accountcode\n    updatedAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n  }\n"): (typeof documents)["\n  fragment TenantLimits on TenantSettings {\n    maxActiveCampaigns\n    maxTotalCalls\n    maxInternalCalls\n    maxExternalCalls\n    callsPerSecond\n    queueMultiplier\n    defaultRegion\n    internalNumberPattern\n    accountcode\n    updatedAt\n    caps {\n      maxConcurrentCalls\n      callsPerSecond\n      maxActiveCampaigns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    settings {\n      ...TenantLimits\n    }\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    settings {\n      ...TenantLimits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateSettings(input: $input) {\n      ...TenantLimits\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateSettings(input: $input) {\n      ...TenantLimits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserRow\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserRow\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    label\n    role\n    permissions\n    tenantName\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    label\n    role\n    permissions\n    tenantName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;