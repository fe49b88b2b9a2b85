/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an answered call never reached an agent */
export type AbandonReason =
  | 'BRIDGE_FAILED'
  | 'CUSTOMER_HUNG_UP_FIRST'
  | 'NO_AGENT_FREE';

export type ActorKind =
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

export type AddDncNumbersInput = {
  /** In force until this time; forever when omitted */
  expiresAt?: string | null | undefined;
  /** List to add to; 'default' when omitted */
  listName?: string | null | undefined;
  /** 1 to 10000 numbers; without a country code they are read in the tenant's defaultRegion */
  numbers: Array<string>;
  reason?: string | null | undefined;
};

export type AgentState =
  | 'AVAILABLE'
  | 'BREAK'
  | 'LOGGED_OUT'
  | 'ON_CALL'
  | 'RESERVED'
  | 'WRAP_UP';

export type AmdSettingsInput = {
  enabled: boolean;
  onMachine?: MachineAction;
};

export type ApiScope =
  | 'ADMIN'
  | 'CAMPAIGNS_WRITE'
  | 'READ'
  | 'RECIPIENTS_WRITE'
  | 'RESULTS_WRITE'
  | 'SETTINGS_WRITE';

/** What an audit entry records; stable names, new ones only added */
export type AuditAction =
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'CALENDAR_CREATED'
  | 'CALENDAR_DELETED'
  | 'CALENDAR_UPDATED'
  | 'DNC_LIST_ENTRIES_ADDED'
  | 'DNC_LIST_ENTRIES_REMOVED'
  | 'DNC_LIST_IMPORTED'
  | 'GATEWAY_CREATED'
  | 'GATEWAY_DELETED'
  | 'GATEWAY_UPDATED'
  | 'TENANT_CREATED'
  | 'TENANT_RESUMED'
  | 'TENANT_SETTINGS_UPDATED'
  | 'TENANT_SUSPENDED'
  | 'TENANT_UPDATED'
  | 'USER_CREATED'
  | 'USER_PASSWORD_RESET'
  | 'USER_UPDATED';

export type AuditFilterInput = {
  actions?: Array<AuditAction> | null | undefined;
  /** At or after */
  since?: string | null | undefined;
  /** These tenants' entries; a tenant admin may name only its own (else FORBIDDEN). Without it: every tenant for the platform operator, your own for a tenant admin */
  tenantIds?: Array<string | number> | null | undefined;
  /** Before */
  until?: string | null | undefined;
};

export type BroadcastActionInput = {
  /** CONFIRM_*: the DTMF digit (0-9, *, #) */
  digit?: string | null | undefined;
  /** TRANSFER: extension or IVR */
  extension?: string | null | undefined;
  /** PLAY, CONFIRM_*: sound file path or URL */
  file?: string | null | undefined;
  kind: BroadcastActionKind;
  /** CONFIRM_LISTEN: times the message repeats without the digit (0-10) */
  repeat?: number | null | undefined;
  /** WAIT: 1 to 600 seconds. CONFIRM_*: how long each prompt waits for its key after playing (default 5) */
  seconds?: number | null | undefined;
};

/** PLAY a file, WAIT n s, TRANSFER to an extension/IVR, ask to press a digit to confirm the answer, or to confirm listening (the message repeats otherwise) */
export type BroadcastActionKind =
  | 'CONFIRM_ANSWER'
  | 'CONFIRM_LISTEN'
  | 'PLAY'
  | 'TRANSFER'
  | 'WAIT';

export type CalendarExceptionInput = {
  /** true: closed all day; false: open only start-end */
  closed: boolean;
  /** YYYY-MM-DD, local date */
  date: string;
  end?: string | null | undefined;
  start?: string | null | undefined;
};

export type CallDestinationInput = {
  kind: DestinationKind;
  /** QUEUE only: an answered call finding this many members already waiting is not sent (QUEUE_FULL); null: no limit */
  maxWaiting?: number | null | undefined;
  target: string;
};

export type CallOutcome =
  | 'ABANDONED'
  | 'ANSWERED'
  | 'ANSWERED_LOST'
  | 'BUSY'
  | 'CANCEL'
  | 'CHANUNAVAIL'
  | 'CONFIRMED'
  | 'CONGESTION'
  | 'FAILED'
  | 'FAX'
  | 'INTERRUPTED'
  | 'INVALID_GATEWAY'
  | 'INVALID_NUMBER'
  | 'IN_ANSWER'
  | 'IN_BUSY'
  | 'IN_CANCEL'
  | 'IN_CHANUNAVAIL'
  | 'IN_CONGESTION'
  | 'IN_NOANSWER'
  | 'IVR_FINISHED'
  | 'IVR_STARTED'
  | 'MACHINE'
  | 'NOROUTE'
  | 'NO_ANSWER'
  | 'QUEUE_ANSWER'
  | 'QUEUE_EMPTY'
  | 'QUEUE_FULL'
  | 'QUEUE_INVALID'
  | 'QUEUE_JOIN'
  | 'QUEUE_TIMEOUT'
  | 'REJECTED'
  | 'RESCHEDULED'
  | 'SENT'
  | 'SHORT_CALL'
  | 'SWITCH_REFUSED'
  | 'UNCONFIRMED';

export type CallResultInput = {
  /** Put the number this call dialed on this DNC list (a list of the tenant, e.g. 'default'): it is never dialed again */
  addToDncList?: string | null | undefined;
  /** Book a callback at this time (not with success) */
  callbackAt?: string | null | undefined;
  /** With callbackAt: the callback is offered only to the agent who took this call (for an agent: itself), once signed in, AVAILABLE and with its phone registered; it waits for that agent while the agent is assigned to the campaign, then goes to any agent */
  callbackToMe?: boolean | null | undefined;
  comment?: string | null | undefined;
  disposition?: string | null | undefined;
  /** Next attempt after this many seconds (instead of the campaign retry wait) */
  nextAfterSeconds?: number | null | undefined;
  /** Move on to the next number for the next attempt */
  nextNumber?: boolean | null | undefined;
  /** Start the attempt count again from 0 */
  resetRetries?: boolean | null | undefined;
  /** Numbers of this recipient never to dial again */
  stopNumbers?: Array<string> | null | undefined;
  /** True: the recipient is CONTACTED; false: the attempt failed */
  success?: boolean | null | undefined;
};

export type CampaignFilterInput = {
  /** Calls carry this billing code: the campaign's own, or the tenant's when it has none */
  accountcode?: string | null | undefined;
  /** Ended at or before */
  endedBefore?: string | null | undefined;
  /** true: only templates; false (default): only campaigns */
  isTemplate?: boolean | null | undefined;
  /** Started at or after */
  startedAfter?: string | null | undefined;
  status?: Array<CampaignStatus> | null | undefined;
  /** Campaigns of these tenants (the platform operator's view over every tenant); anyone else may name only their own tenant (else FORBIDDEN). Without it: your own tenant */
  tenantIds?: Array<string | number> | null | undefined;
  /** Matches the name or description */
  text?: string | null | undefined;
};

/** Lifecycle of a campaign */
export type CampaignStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'INCOMPLETE'
  | 'PAUSED'
  | 'RUNNING'
  | 'SCHEDULED'
  | 'TERMINATED';

export type CampaignType =
  | 'AGENT'
  | 'SMS'
  | 'VOICE';

/** What a hangup cause does to the recipient */
export type CauseAction =
  | 'FAIL'
  | 'NEUTRAL'
  | 'RETRY'
  | 'SUCCESS';

export type CausePolicyEntryInput = {
  action: CauseAction;
  cause: string;
};

export type ColumnMappingInput = {
  /** ISO 8601 or Unix time */
  expireAt?: string | null | undefined;
  externalId?: string | null | undefined;
  /** Columns kept as named fields: never guessed as the name or another role */
  fields?: Array<string> | null | undefined;
  name?: string | null | undefined;
  notAfter?: string | null | undefined;
  notBefore?: string | null | undefined;
  /** Splits one cell into several numbers, dialed in order (default "|") */
  numberSeparator?: string | null | undefined;
  /** Phone column(s), highest priority first. Empty: detected. */
  phones: Array<string>;
  /** 0-100 */
  priority?: string | null | undefined;
  /** E164 only: a column of ISO 3166 alpha-2 regions; each row's numbers are read in its own region (blank: the target's) */
  region?: string | null | undefined;
  /** UNIX_TIMESTAMP:EXTENSION: a scheduled callback (state SCHEDULED) */
  schedule?: string | null | undefined;
  /** Tags separated by | , or ; */
  tags?: string | null | undefined;
  /** IANA zone column */
  timezone?: string | null | undefined;
};

export type CommunicationInput = {
  /** As typed; normalised to E.164 in the campaign/tenant default region, or kept as given when the campaign is AS_DIALED */
  number: string;
  /** Higher is dialed first; default: the order given */
  priority?: number | null | undefined;
};

/** The telemarketing rules a campaign dials under (see the README, Compliance) */
export type ComplianceProfile =
  /** No rule applies (chosen explicitly) */
  | 'NONE'
  /** UK Ofcom's persistent-misuse statement: abandon <= 3 % per 24 h, caller ID, 72 h rest after an abandoned call */
  | 'UK_OFCOM'
  /** US Telemarketing Sales Rule (16 CFR 310): 08:00-21:00 recipient-local, abandon <= 3 % over 30 days, ring >= 15 s, caller ID */
  | 'US_TSR';

export type CreateAgentInput = {
  /** 0 to 3600 */
  busyDelaySeconds?: number | null | undefined;
  /** 5 to 120 */
  callTimeoutSeconds?: number | null | undefined;
  endpoint: string;
  /** 1 to 100 */
  maxNoAnswer?: number | null | undefined;
  name: string;
  /** 0 to 3600 */
  noAnswerDelaySeconds?: number | null | undefined;
  /** 0 to 3600 */
  rejectDelaySeconds?: number | null | undefined;
  /** A user of your tenant with role AGENT */
  userId?: string | number | null | undefined;
  /** 0 to 3600 */
  wrapUpSeconds?: number | null | undefined;
};

export type CreateApiKeyInput = {
  /** Who uses it, e.g. "CRM integration" */
  name: string;
  /** What the key may do; at least one */
  scopes: Array<ApiScope>;
};

export type CreateCalendarInput = {
  /** Holidays and special-hours dates */
  exceptions?: Array<CalendarExceptionInput> | null | undefined;
  name: string;
  /** Windows per weekday; several per day allowed */
  openHours?: Array<OpenHoursInput> | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin */
  timeZone: string;
  /** First date it applies (YYYY-MM-DD), inclusive */
  validFrom?: string | null | undefined;
  /** Last date it applies (YYYY-MM-DD), inclusive */
  validUntil?: string | null | undefined;
};

export type CreateCampaignInput = {
  /** Sound file path or URL played to an answer no agent took in time (safe-harbor / information message); null = the shipped pacer/safe-harbor.wav */
  abandonMessage?: string | null | undefined;
  /** 0 to 100 percent */
  abandonRateTarget?: number | null | undefined;
  /** Billing code set on every call as the accountcode channel variable (letters, digits, _ . -, up to 64); null = the tenant's */
  accountcode?: string | null | undefined;
  amd?: AmdSettingsInput | null | undefined;
  broadcastActions?: Array<BroadcastActionInput> | null | undefined;
  calendarId?: string | number | null | undefined;
  callerIdName?: string | null | undefined;
  callerIdNumber?: string | null | undefined;
  /** New calls per second, 0.01 to 1000. Default: half of maxConcurrentCalls (at least 1), so the concurrency fills within about 2 s; a speed left at that default follows maxConcurrentCalls when it changes */
  callsPerSecond?: number | null | undefined;
  causePolicy?: Array<CausePolicyEntryInput> | null | undefined;
  channelVariables?: Array<KeyValueInput> | null | undefined;
  /** 1 to 100 percent of recipients */
  completionThreshold?: number | null | undefined;
  /** The rules this campaign dials under; null = the tenant's (settings.complianceProfile) */
  complianceProfile?: ComplianceProfile | null | undefined;
  /** ISO 3166 region for numbers without a country code */
  defaultRegion?: string | null | undefined;
  description?: string | null | undefined;
  destination?: CallDestinationInput | null | undefined;
  dialingMode?: DialingMode | null | undefined;
  /** Names of the tenant's DNC lists this campaign honours (see dncLists); null = every list */
  dncLists?: Array<string> | null | undefined;
  gatewayIds?: Array<string | number> | null | undefined;
  /** A template is never dialed; campaigns are cloned from it */
  isTemplate?: boolean | null | undefined;
  /** 1 to 100; never unlimited */
  maxAttempts?: number | null | undefined;
  /** Calls in flight at once, 1 to 10000; default 10 */
  maxConcurrentCalls?: number | null | undefined;
  /** 0 to 10000 */
  maxExternalCalls?: number | null | undefined;
  /** 0 to 10000 */
  maxInternalCalls?: number | null | undefined;
  /** 1 to 20 NEUTRAL results in a row before the recipient FAILS (default 3) */
  maxUncountedAttempts?: number | null | undefined;
  /** 0 to 3600 seconds */
  minSuccessSeconds?: number | null | undefined;
  name: string;
  /** Default E164; fixed once the campaign has recipients */
  numberFormat?: NumberFormat | null | undefined;
  /** 0 to 100 */
  priority?: number | null | undefined;
  /** 0.1 to 10 */
  queueMultiplier?: number | null | undefined;
  queueName?: string | null | undefined;
  /** 0 to 2592000 seconds */
  retryWaitSeconds?: number | null | undefined;
  /** 5 to 300 seconds */
  ringTimeoutSeconds?: number | null | undefined;
  /** Put the recipient's fields on each call as channel variables pacer_f_<name>, and its id as pacer_recipient (default true) */
  sendRecipientFields?: boolean | null | undefined;
  /** Templates only (else BAD_INPUT): a disabled template creates no campaign (cloneCampaign answers CONFLICT) */
  templateEnabled?: boolean | null | undefined;
  type?: CampaignType | null | undefined;
  waitForResult?: boolean | null | undefined;
  /** 0 to 3600 seconds */
  wrapUpSeconds?: number | null | undefined;
};

export type CreateGatewayInput = {
  /** New calls per second through this gateway, 0.1 to 1000. Default: half of maxConcurrent (at least 1), which follows maxConcurrent while left at that default */
  callsPerSecond?: number | null | undefined;
  /** Template with {number}, e.g. sofia/gateway/gw1/{number} */
  dialString: string;
  enabled?: boolean | null | undefined;
  /** 1 to 10000; default 30 */
  maxConcurrent?: number | null | undefined;
  name: string;
};

export type CreateTenantInput = {
  /** The tenant's first ADMIN; unique across the platform */
  adminEmail: string;
  /** At least 8 characters; absent: generated and returned once in the payload */
  adminPassword?: string | null | undefined;
  /** Cap on new calls per second, 0.1 to 10000; absent or null: no cap */
  callsPerSecond?: number | null | undefined;
  /** Cap on campaigns dialing at once, 1 to 1000; absent or null: no cap */
  maxActiveCampaigns?: number | null | undefined;
  /** Cap on concurrent calls, 1 to 100000; absent or null: no cap */
  maxConcurrentCalls?: number | null | undefined;
  /** Unique, 1 to 100 characters */
  name: string;
};

export type CreateUserInput = {
  /** Login name; unique across the whole installation */
  email: string;
  name: string;
  /** At least 8 characters */
  password: string;
  role: Role;
};

export type DestinationKind =
  | 'EXTENSION'
  | 'IVR'
  | 'QUEUE';

/** Pacing of AGENT campaigns */
export type DialingMode =
  | 'PREDICTIVE'
  | 'PREVIEW'
  | 'PROGRESSIVE'
  | 'QUEUE_WATCH';

export type DncFilterInput = {
  /** Only this list */
  listName?: string | null | undefined;
  /** Digits anywhere in the number, or text in the reason */
  search?: string | null | undefined;
};

/** How the first row of a CSV file is read */
export type HeaderMode =
  | 'AUTO'
  | 'NONE'
  | 'SKIP'
  | 'USE';

export type ImportCharset =
  | 'LATIN1'
  | 'UTF8'
  | 'WINDOWS_1252';

/** A number on a do-not-call list */
export type ImportDncMode =
  | 'FLAG'
  | 'SKIP';

/** A number the target (or an earlier row) already has */
export type ImportDuplicateMode =
  | 'MERGE'
  | 'REJECT';

/** CSV, TXT (one number per line), JSON array or NDJSON of RecipientInput */
export type ImportFormat =
  | 'CSV'
  | 'JSON'
  | 'NDJSON'
  | 'TXT';

export type ImportOptionsInput = {
  charset?: ImportCharset | null | undefined;
  format?: ImportFormat | null | undefined;
  header?: HeaderMode | null | undefined;
  mapping?: ColumnMappingInput | null | undefined;
  /** Default FLAG (imported with state DNC) */
  onDnc?: ImportDncMode | null | undefined;
  /** Default REJECT */
  onDuplicate?: ImportDuplicateMode | null | undefined;
  /** One of , ; | or a tab */
  separator?: string | null | undefined;
};

export type ImportRejectCode =
  | 'DNC'
  | 'DUPLICATE'
  | 'INVALID_NUMBER'
  | 'INVALID_VALUE'
  | 'NO_NUMBER';

export type ImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'UPLOADED';

export type ImportTargetInput = {
  campaignId?: string | number | null | undefined;
  /** A DNC list of your tenant by name (created when new): each row's numbers become entries, its expireAt their expiry */
  dncList?: string | null | undefined;
  listId?: string | number | null | undefined;
};

export type KeyValueInput = {
  /** A channel variable name: letters, digits and _; names FreeSWITCH runs (execute_on_*, api_on_*, *_hangup_hook…) or Pacer sets (origination_uuid, pacer_*…) are refused */
  key: string;
  /** One line, at most 4000 characters, without { or } */
  value: string;
};

export type ListStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** What to do when AMD detects a machine */
export type MachineAction =
  | 'CONTINUE'
  | 'HANGUP'
  | 'PLAY';

/** How numbers are read and dialed */
export type NumberFormat =
  /** Kept exactly as given (optional leading +, 3 to 20 digits) and dialed unchanged; the time zone comes from the recipient, else the campaign calendar, never from the number */
  | 'AS_DIALED'
  /** Normalised to E.164 in the default region (or the row’s region column); time zones derived from the number */
  | 'E164';

export type OpenHoursInput = {
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  day: number;
  /** HH:mm, local time, after start (24:00 = midnight) */
  end: string;
  /** HH:mm, local time */
  start: string;
};

export type Permission =
  | 'ADMIN'
  | 'CAMPAIGNS_WRITE'
  | 'PLATFORM'
  | 'READ'
  | 'RECIPIENTS_WRITE'
  | 'RESULTS_WRITE'
  | 'SETTINGS_WRITE';

export type RecipientFilterInput = {
  /** Digits the number starts with (after +), e.g. 1212 */
  number?: string | null | undefined;
  state?: Array<RecipientState> | null | undefined;
  /** Part of the name or external id */
  text?: string | null | undefined;
};

export type RecipientInput = {
  /** Scheduled callback time */
  callbackAt?: string | number | null | undefined;
  /** Callback to this extension ("" for none) */
  callbackExtension?: string | null | undefined;
  communications: Array<CommunicationInput>;
  /** Not dialed after this (EXPIRED) */
  expireAt?: string | number | null | undefined;
  externalId?: string | null | undefined;
  name?: string | null | undefined;
  notAfter?: string | number | null | undefined;
  notBefore?: string | number | null | undefined;
  /** 0-100, higher first */
  priority?: number | null | undefined;
  tags?: Array<string> | null | undefined;
  /** IANA zone; calling hours are applied in it ("" for none) */
  timezone?: string | null | undefined;
  /** Free-form fields: string, number or boolean values */
  variables?: Record<string, unknown> | null | undefined;
};

export type RecipientListInput = {
  /** Billing code a campaign with none takes when this list is attached (letters, digits, _ . -, up to 64); null clears */
  accountcode?: string | null | undefined;
  defaultRegion?: string | null | undefined;
  name?: string | null | undefined;
  /** Default E164; fixed once the list has contacts */
  numberFormat?: NumberFormat | null | undefined;
  status?: ListStatus | null | undefined;
};

/** Filters of the detailed report; parts combine with AND */
export type RecipientReportFilterInput = {
  /** Last attempt at or after */
  lastAttemptFrom?: string | null | undefined;
  /** Last attempt before */
  lastAttemptTo?: string | null | undefined;
  state?: Array<RecipientState> | null | undefined;
  tag?: string | null | undefined;
  /** Part of the name, external id or original line */
  text?: string | null | undefined;
};

export type RecipientState =
  | 'CONTACTED'
  | 'DIALING'
  | 'DNC'
  | 'EXPIRED'
  | 'FAILED'
  | 'IN_CALL'
  | 'READY'
  | 'RETRY_WAIT'
  | 'SCHEDULED'
  | 'STOPPED'
  | 'WAITING_AGENT';

export type ResetPasswordInput = {
  /** At least 8 characters */
  password: string;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'PLATFORM_ADMIN'
  | 'SUPERVISOR';

/** Why a campaign is or is not dialing now: what holds it, not whether a call went out this instant. A change shows once it has held for 1 s. IDLE while SCHEDULED or PAUSED; null in other statuses */
export type RunState =
  /** Its own concurrency (maxConcurrentCalls, or its internal / external limit) is full */
  | 'AT_LIMIT'
  /** A tenant or switch limit, gateway concurrency, or other campaigns hold it; runStateReason says which */
  | 'BLOCKED'
  /** Dialing (or calls in flight) and no limit holds it */
  | 'DIALING'
  /** Nothing to dial and no call in flight */
  | 'IDLE'
  /** Its calendar, or its recipients' own hours, are closed */
  | 'OUTSIDE_HOURS'
  /** A dial speed holds it; runStateReason says whose (campaign, gateway, tenant or switch) */
  | 'PACED'
  /** The switch link is down, or every gateway of the campaign is */
  | 'SWITCH_DOWN'
  /** An AGENT campaign with no free agent for another call */
  | 'WAITING_AGENTS'
  /** Every open recipient waits for a retry, callback or not-before time */
  | 'WAITING_RETRY';

/** Which limit holds a PACED, AT_LIMIT, BLOCKED or SWITCH_DOWN campaign */
export type RunStateReason =
  /** BLOCKED: other campaigns hold the tenant's maxActiveCampaigns */
  | 'ACTIVE_CAMPAIGNS'
  /** AT_LIMIT: maxConcurrentCalls */
  | 'CAMPAIGN_CALLS'
  /** AT_LIMIT: maxExternalCalls */
  | 'CAMPAIGN_EXTERNAL_CALLS'
  /** AT_LIMIT: maxInternalCalls */
  | 'CAMPAIGN_INTERNAL_CALLS'
  /** PACED by the campaign's callsPerSecond */
  | 'CAMPAIGN_SPEED'
  /** SWITCH_DOWN: every gateway of the campaign is down or disabled */
  | 'GATEWAYS_DOWN'
  /** BLOCKED: the campaign's usable gateways are at their maxConcurrent */
  | 'GATEWAY_CALLS'
  /** PACED by a gateway's callsPerSecond */
  | 'GATEWAY_SPEED'
  /** SWITCH_DOWN: the Event Socket link is down */
  | 'SWITCH_LINK'
  /** BLOCKED by the switch's own session cap */
  | 'SWITCH_SESSIONS'
  /** PACED by the switch's own session rate */
  | 'SWITCH_SPEED'
  /** BLOCKED by the tenant's maxTotalCalls (its campaigns together) */
  | 'TENANT_CALLS'
  /** BLOCKED by the tenant's maxExternalCalls */
  | 'TENANT_EXTERNAL_CALLS'
  /** BLOCKED by the tenant's maxInternalCalls */
  | 'TENANT_INTERNAL_CALLS'
  /** PACED by the tenant's callsPerSecond (its campaigns together) */
  | 'TENANT_SPEED';

/** Which campaigns of the caller to report on; parts combine with AND. Empty = all. */
export type StatisticsFilterInput = {
  /** Campaigns whose calls carry this billing code (their own, or the tenant's when they have none) */
  accountcode?: string | null | undefined;
  campaignIds?: Array<string | number> | null | undefined;
  /** Campaigns started at or after */
  startedFrom?: string | null | undefined;
  /** Campaigns started before */
  startedTo?: string | null | undefined;
};

/** Whether a tenant may use the platform */
export type TenantStatus =
  /** Its users, keys and campaigns work */
  | 'ACTIVE'
  /** Suspended by the platform operator: its campaigns are paused and its users and keys refused with the reason */
  | 'SUSPENDED';

export type UpdateCalendarInput = {
  /** Holidays and special-hours dates */
  exceptions?: Array<CalendarExceptionInput> | null | undefined;
  name?: string | null | undefined;
  /** Windows per weekday; several per day allowed */
  openHours?: Array<OpenHoursInput> | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin */
  timeZone?: string | null | undefined;
  /** First date it applies (YYYY-MM-DD), inclusive */
  validFrom?: string | null | undefined;
  /** Last date it applies (YYYY-MM-DD), inclusive */
  validUntil?: string | null | undefined;
};

export type UpdateCampaignInput = {
  /** Sound file path or URL played to an answer no agent took in time (safe-harbor / information message); null = the shipped pacer/safe-harbor.wav */
  abandonMessage?: string | null | undefined;
  /** 0 to 100 percent */
  abandonRateTarget?: number | null | undefined;
  /** Billing code set on every call as the accountcode channel variable (letters, digits, _ . -, up to 64); null = the tenant's */
  accountcode?: string | null | undefined;
  amd?: AmdSettingsInput | null | undefined;
  broadcastActions?: Array<BroadcastActionInput> | null | undefined;
  calendarId?: string | number | null | undefined;
  callerIdName?: string | null | undefined;
  callerIdNumber?: string | null | undefined;
  /** New calls per second, 0.01 to 1000. Default: half of maxConcurrentCalls (at least 1), so the concurrency fills within about 2 s; a speed left at that default follows maxConcurrentCalls when it changes */
  callsPerSecond?: number | null | undefined;
  causePolicy?: Array<CausePolicyEntryInput> | null | undefined;
  channelVariables?: Array<KeyValueInput> | null | undefined;
  /** 1 to 100 percent of recipients */
  completionThreshold?: number | null | undefined;
  /** The rules this campaign dials under; null = the tenant's (settings.complianceProfile) */
  complianceProfile?: ComplianceProfile | null | undefined;
  /** ISO 3166 region for numbers without a country code */
  defaultRegion?: string | null | undefined;
  description?: string | null | undefined;
  destination?: CallDestinationInput | null | undefined;
  dialingMode?: DialingMode | null | undefined;
  /** Names of the tenant's DNC lists this campaign honours (see dncLists); null = every list */
  dncLists?: Array<string> | null | undefined;
  gatewayIds?: Array<string | number> | null | undefined;
  /** 1 to 100; never unlimited */
  maxAttempts?: number | null | undefined;
  /** Calls in flight at once, 1 to 10000; default 10 */
  maxConcurrentCalls?: number | null | undefined;
  /** 0 to 10000 */
  maxExternalCalls?: number | null | undefined;
  /** 0 to 10000 */
  maxInternalCalls?: number | null | undefined;
  /** 1 to 20 NEUTRAL results in a row before the recipient FAILS (default 3) */
  maxUncountedAttempts?: number | null | undefined;
  /** 0 to 3600 seconds */
  minSuccessSeconds?: number | null | undefined;
  name?: string | null | undefined;
  /** Default E164; fixed once the campaign has recipients */
  numberFormat?: NumberFormat | null | undefined;
  /** 0 to 100 */
  priority?: number | null | undefined;
  /** 0.1 to 10 */
  queueMultiplier?: number | null | undefined;
  queueName?: string | null | undefined;
  /** 0 to 2592000 seconds */
  retryWaitSeconds?: number | null | undefined;
  /** 5 to 300 seconds */
  ringTimeoutSeconds?: number | null | undefined;
  /** Put the recipient's fields on each call as channel variables pacer_f_<name>, and its id as pacer_recipient (default true) */
  sendRecipientFields?: boolean | null | undefined;
  /** Templates only (else BAD_INPUT): a disabled template creates no campaign (cloneCampaign answers CONFLICT) */
  templateEnabled?: boolean | null | undefined;
  type?: CampaignType | null | undefined;
  waitForResult?: boolean | null | undefined;
  /** 0 to 3600 seconds */
  wrapUpSeconds?: number | null | undefined;
};

export type UpdateGatewayInput = {
  /** New calls per second through this gateway, 0.1 to 1000. Default: half of maxConcurrent (at least 1), which follows maxConcurrent while left at that default */
  callsPerSecond?: number | null | undefined;
  dialString?: string | null | undefined;
  enabled?: boolean | null | undefined;
  /** 1 to 10000; default 30 */
  maxConcurrent?: number | null | undefined;
  name?: string | null | undefined;
};

export type UpdateTenantInput = {
  /** Cap on new calls per second, 0.1 to 10000; null removes the cap, absent leaves it */
  callsPerSecond?: number | null | undefined;
  /** Cap on campaigns dialing at once, 1 to 1000; null removes the cap, absent leaves it */
  maxActiveCampaigns?: number | null | undefined;
  /** Cap on concurrent calls, 1 to 100000; null removes the cap, absent leaves it */
  maxConcurrentCalls?: number | null | undefined;
  /** Unique, 1 to 100 characters */
  name?: string | null | undefined;
};

export type UpdateTenantSettingsInput = {
  /** Billing code of calls whose campaign has none (letters, digits, _ . -, up to 64); "" clears it */
  accountcode?: string | null | undefined;
  /** 0.1 to 10000 */
  callsPerSecond?: number | null | undefined;
  /** The rules campaigns dial under unless they name their own */
  complianceProfile?: ComplianceProfile | null | undefined;
  /** Two-letter ISO 3166 region, e.g. US */
  defaultRegion?: string | null | undefined;
  /** Regular expression in RE2 syntax (no backreferences or lookaround), e.g. ^\d{3,5}$ (the default: 3- to 5-digit extensions) */
  internalNumberPattern?: string | null | undefined;
  /** 1 to 1000 */
  maxActiveCampaigns?: number | null | undefined;
  /** 0 to 100000 */
  maxExternalCalls?: number | null | undefined;
  /** 0 to 100000; internal + external may sum above total, total still caps */
  maxInternalCalls?: number | null | undefined;
  /** 1 to 100000 */
  maxTotalCalls?: number | null | undefined;
  /** 0.1 to 10 */
  queueMultiplier?: number | null | undefined;
};

export type UpdateUserInput = {
  /** A disabled user is signed out at once and cannot sign in */
  disabled?: boolean | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
};

/** Why a recipient still to be dialed is not being called now, judged by the dialer’s own rules */
export type WaitingReason =
  /** Resting after an abandoned call (UK_OFCOM: 72 h) until until */
  | 'ABANDON_REST'
  /** A booked callback, due at until */
  | 'CALLBACK'
  /** Dialable, but its campaign is not running (until: a SCHEDULED campaign’s start) */
  | 'CAMPAIGN_NOT_RUNNING'
  /** Dialable now: the dialer takes it in its turn */
  | 'DIALING_NEXT'
  /** A number is on the DNC list: the dialer suppresses it */
  | 'DNC'
  /** Past its expireAt or notAfter: the dialer expires it */
  | 'EXPIRING'
  /** Dialable, but a limit holds the campaign (limit says which) */
  | 'LIMIT'
  /** Before its notBefore (until) */
  | 'NOT_BEFORE'
  /** Every number is stopped: the dialer stops it */
  | 'NO_NUMBERS'
  /** Outside its calling hours (profile hours narrowed by the calendar) in zone; they open at until */
  | 'OUTSIDE_HOURS'
  /** Waiting for its retry time (until) */
  | 'RETRY_WAIT'
  /** Dialable, but the campaign waits for a free agent */
  | 'WAITING_FOR_AGENT';

export type MyAgentQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgentQuery = { myAgent: { id: string, name: string, endpoint: string, state: AgentState, stateChangedAt: string, wrapUpSeconds: number, phoneRegistered: boolean | null, breakCause: string | null } };

export type SetMyAgentStateMutationVariables = Exact<{
  state: AgentState;
}>;


export type SetMyAgentStateMutation = { setMyAgentState: { id: string, state: AgentState, stateChangedAt: string } };

export type DeskCallFragment = { callId: string, phase: string, preview: boolean, offerExpiresAt: string | null, at: string, attemptNumber: number, number: string, campaignId: string, campaignName: string, recipient: { id: string, name: string, externalId: string | null, fields: Record<string, unknown>, originalLine: string | null, tags: Array<string>, attempts: number, comment: string | null, disposition: string | null, timeZone: string | null, phones: Array<{ number: string, priority: number, stopped: boolean }> } };

export type MyCallsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyCallsSubscription = { myCalls: { callId: string, phase: string, preview: boolean, offerExpiresAt: string | null, at: string, attemptNumber: number, number: string, campaignId: string, campaignName: string, recipient: { id: string, name: string, externalId: string | null, fields: Record<string, unknown>, originalLine: string | null, tags: Array<string>, attempts: number, comment: string | null, disposition: string | null, timeZone: string | null, phones: Array<{ number: string, priority: number, stopped: boolean }> } } };

export type MyCurrentCallQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCurrentCallQuery = { myCurrentCall: { callId: string, phase: string, preview: boolean, offerExpiresAt: string | null, at: string, attemptNumber: number, number: string, campaignId: string, campaignName: string, recipient: { id: string, name: string, externalId: string | null, fields: Record<string, unknown>, originalLine: string | null, tags: Array<string>, attempts: number, comment: string | null, disposition: string | null, timeZone: string | null, phones: Array<{ number: string, priority: number, stopped: boolean }> } } | null };

export type MyAgentStateChangedSubscriptionVariables = Exact<{
  agentId?: string | number | null | undefined;
}>;


export type MyAgentStateChangedSubscription = { agentStateChanged: { agentId: string, state: AgentState, at: string, by: string } };

export type AgentRowFragment = { id: string, name: string, endpoint: string, state: AgentState, stateChangedAt: string, userId: string | null, wrapUpSeconds: number, callTimeoutSeconds: number, maxNoAnswer: number, consecutiveNoAnswers: number, phoneRegistered: boolean | null, phoneCheckedAt: string | null, breakCause: string | null };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ id: string, name: string, endpoint: string, state: AgentState, stateChangedAt: string, userId: string | null, wrapUpSeconds: number, callTimeoutSeconds: number, maxNoAnswer: number, consecutiveNoAnswers: number, phoneRegistered: boolean | null, phoneCheckedAt: string | null, breakCause: string | null }>, users: Array<{ id: string, email: string, name: string, role: Role }>, agentAssignments: Array<{ agentId: string, campaignId: string, level: number }>, campaigns: { nodes: Array<{ id: string, name: string, type: CampaignType }> } };

export type AgentStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AgentStateChangedSubscription = { agentStateChanged: { agentId: string, state: AgentState, previous: AgentState, at: string, by: string, name: string } };

export type SetAgentStateMutationVariables = Exact<{
  id: string | number;
  state: AgentState;
}>;


export type SetAgentStateMutation = { setAgentState: { id: string, name: string, endpoint: string, state: AgentState, stateChangedAt: string, userId: string | null, wrapUpSeconds: number, callTimeoutSeconds: number, maxNoAnswer: number, consecutiveNoAnswers: number, phoneRegistered: boolean | null, phoneCheckedAt: string | null, breakCause: string | null } };

export type DeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAgentMutation = { deleteAgent: { id: string } };

export type AssignAgentMutationVariables = Exact<{
  agentId: string | number;
  campaignId: string | number;
  level: number;
}>;


export type AssignAgentMutation = { assignAgent: { agentId: string, campaignId: string, level: number } };

export type UnassignAgentMutationVariables = Exact<{
  agentId: string | number;
  campaignId: string | number;
}>;


export type UnassignAgentMutation = { unassignAgent: boolean };

export type ReportCallResultMutationVariables = Exact<{
  callId: string | number;
  result: CallResultInput;
}>;


export type ReportCallResultMutation = { reportCallResult: { id: string, state: RecipientState, nextAttemptAt: string | null, callbackAt: string | null, disposition: string | null, comment: string | null } };

export type DncListsForDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type DncListsForDeskQuery = { dncLists: Array<{ name: string }> };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { id: string, name: string, endpoint: string, state: AgentState, stateChangedAt: string, userId: string | null, wrapUpSeconds: number, callTimeoutSeconds: number, maxNoAnswer: number, consecutiveNoAnswers: number, phoneRegistered: boolean | null, phoneCheckedAt: string | null, breakCause: string | null } };

export type DecidePreviewCallMutationVariables = Exact<{
  callId: string | number;
  dial: boolean;
}>;


export type DecidePreviewCallMutation = { decidePreviewCall: boolean };

export type AddRecipientsMutationVariables = Exact<{
  campaignId: string | number;
  recipients: Array<RecipientInput> | RecipientInput;
  autoRun: boolean;
}>;


export type AddRecipientsMutation = { addRecipients: { added: number, skipped: number, campaign: { id: string, status: CampaignStatus } } };

export type CampaignAdvancedFragment = { waitForResult: boolean, sendRecipientFields: boolean, amd: { enabled: boolean, onMachine: MachineAction }, destination: { kind: DestinationKind, target: string, maxWaiting: number | null } | null, broadcastActions: Array<{ kind: BroadcastActionKind, file: string | null, seconds: number | null, extension: string | null, digit: string | null, repeat: number | null }>, causePolicy: Array<{ cause: string, action: CauseAction }>, channelVariables: Array<{ key: string, value: string }> };

export type StartCampaignMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
  delaySeconds?: number | null | undefined;
}>;


export type StartCampaignMutation = { startCampaign: { id: string, status: CampaignStatus, runState: RunState | null, scheduledAt: string | null, startedAt: string | null } };

export type PauseCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseCampaignMutation = { pauseCampaign: { id: string, status: CampaignStatus, runState: RunState | null } };

export type ResumeCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeCampaignMutation = { resumeCampaign: { id: string, status: CampaignStatus, runState: RunState | null } };

export type CancelCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelCampaignMutation = { cancelCampaign: { id: string, status: CampaignStatus, runState: RunState | null, endedAt: string | null } };

export type RestartCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type RestartCampaignMutation = { restartCampaign: { id: string, status: CampaignStatus, runState: RunState | null } };

export type TerminateCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type TerminateCampaignMutation = { terminateCampaign: { id: string, status: CampaignStatus, runState: RunState | null, endedAt: string | null } };

export type AddAttemptsAllFailedMutationVariables = Exact<{
  campaignId: string | number;
  attempts: number;
}>;


export type AddAttemptsAllFailedMutation = { addAttempts: { affected: number, campaign: { id: string, status: CampaignStatus } } };

export type PurgePendingMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type PurgePendingMutation = { purgePendingRecipients: { affected: number, campaign: { id: string, status: CampaignStatus } } };

export type DeleteCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCampaignMutation = { deleteCampaign: { id: string } };

export type DeleteAllRecipientsMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type DeleteAllRecipientsMutation = { deleteAllRecipients: { affected: number, campaign: { id: string, status: CampaignStatus } } };

export type CampaignCountersFragment = { total: number, ready: number, dialing: number, inCall: number, contacted: number, retryWait: number, failed: number, stopped: number, expired: number, dnc: number, scheduled: number, waitingAgent: number };

export type CampaignDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignDetailQuery = { me: { id: string, kind: string, label: string, role: Role | null, permissions: Array<Permission>, tenantName: string }, campaign: { id: string, name: string, description: string, type: CampaignType, dialingMode: DialingMode | null, status: CampaignStatus, runState: RunState | null, runStateReason: RunStateReason | null, isTemplate: boolean, templateEnabled: boolean, startProblems: Array<string>, effectiveComplianceProfile: ComplianceProfile, recipientsOutsideHours: number, createdAt: string, startedAt: string | null, endedAt: string | null, scheduledAt: string | null, maxAttempts: number, retryWaitSeconds: number, maxConcurrentCalls: number, callsPerSecond: number, priority: number, template: { id: string, name: string } | null, gateways: Array<{ id: string, name: string }>, calendar: { id: string, name: string, timeZone: string } | null, recipientCounts: { total: number, ready: number, dialing: number, inCall: number, contacted: number, retryWait: number, failed: number, stopped: number, expired: number, dnc: number, scheduled: number, waitingAgent: number } } };

export type CampaignChangedSubscriptionVariables = Exact<{
  campaignId: string | number;
}>;


export type CampaignChangedSubscription = { campaignChanged: { campaignId: string, status: CampaignStatus, runState: RunState | null, action: string, at: string } };

export type CampaignSettingsFragment = { id: string, name: string, description: string, type: CampaignType, dialingMode: DialingMode | null, callerIdName: string, callerIdNumber: string, complianceProfile: ComplianceProfile | null, dncLists: Array<string> | null, priority: number, maxAttempts: number, retryWaitSeconds: number, maxUncountedAttempts: number, ringTimeoutSeconds: number, maxConcurrentCalls: number, callsPerSecond: number, minSuccessSeconds: number, completionThreshold: number | null, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, isTemplate: boolean, queueName: string | null, abandonMessage: string | null, wrapUpSeconds: number, abandonRateTarget: number, maxInternalCalls: number | null, maxExternalCalls: number | null, queueMultiplier: number | null, waitForResult: boolean, sendRecipientFields: boolean, calendar: { id: string } | null, gateways: Array<{ id: string }>, amd: { enabled: boolean, onMachine: MachineAction }, destination: { kind: DestinationKind, target: string, maxWaiting: number | null } | null, broadcastActions: Array<{ kind: BroadcastActionKind, file: string | null, seconds: number | null, extension: string | null, digit: string | null, repeat: number | null }>, causePolicy: Array<{ cause: string, action: CauseAction }>, channelVariables: Array<{ key: string, value: string }> };

export type CampaignFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignFormOptionsQuery = { gateways: Array<{ id: string, name: string, enabled: boolean }>, calendars: Array<{ id: string, name: string, timeZone: string }>, settings: { complianceProfile: ComplianceProfile }, dncLists: Array<{ name: string }> };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { status: CampaignStatus, id: string, name: string, description: string, type: CampaignType, dialingMode: DialingMode | null, callerIdName: string, callerIdNumber: string, complianceProfile: ComplianceProfile | null, dncLists: Array<string> | null, priority: number, maxAttempts: number, retryWaitSeconds: number, maxUncountedAttempts: number, ringTimeoutSeconds: number, maxConcurrentCalls: number, callsPerSecond: number, minSuccessSeconds: number, completionThreshold: number | null, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, isTemplate: boolean, queueName: string | null, abandonMessage: string | null, wrapUpSeconds: number, abandonRateTarget: number, maxInternalCalls: number | null, maxExternalCalls: number | null, queueMultiplier: number | null, waitForResult: boolean, sendRecipientFields: boolean, calendar: { id: string } | null, gateways: Array<{ id: string }>, amd: { enabled: boolean, onMachine: MachineAction }, destination: { kind: DestinationKind, target: string, maxWaiting: number | null } | null, broadcastActions: Array<{ kind: BroadcastActionKind, file: string | null, seconds: number | null, extension: string | null, digit: string | null, repeat: number | null }>, causePolicy: Array<{ cause: string, action: CauseAction }>, channelVariables: Array<{ key: string, value: string }> } };

export type UpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { status: CampaignStatus, id: string, name: string, description: string, type: CampaignType, dialingMode: DialingMode | null, callerIdName: string, callerIdNumber: string, complianceProfile: ComplianceProfile | null, dncLists: Array<string> | null, priority: number, maxAttempts: number, retryWaitSeconds: number, maxUncountedAttempts: number, ringTimeoutSeconds: number, maxConcurrentCalls: number, callsPerSecond: number, minSuccessSeconds: number, completionThreshold: number | null, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, isTemplate: boolean, queueName: string | null, abandonMessage: string | null, wrapUpSeconds: number, abandonRateTarget: number, maxInternalCalls: number | null, maxExternalCalls: number | null, queueMultiplier: number | null, waitForResult: boolean, sendRecipientFields: boolean, calendar: { id: string } | null, gateways: Array<{ id: string }>, amd: { enabled: boolean, onMachine: MachineAction }, destination: { kind: DestinationKind, target: string, maxWaiting: number | null } | null, broadcastActions: Array<{ kind: BroadcastActionKind, file: string | null, seconds: number | null, extension: string | null, digit: string | null, repeat: number | null }>, causePolicy: Array<{ cause: string, action: CauseAction }>, channelVariables: Array<{ key: string, value: string }> } };

export type CampaignRowFragment = { id: string, name: string, description: string, type: CampaignType, status: CampaignStatus, runState: RunState | null, runStateReason: RunStateReason | null, startedAt: string | null, endedAt: string | null, createdAt: string, isTemplate: boolean, templateEnabled: boolean, recipientCounts: { total: number, contacted: number, failed: number, ready: number } };

export type CampaignsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CampaignFilterInput | null | undefined;
}>;


export type CampaignsQuery = { campaigns: { nodes: Array<{ id: string, name: string, description: string, type: CampaignType, status: CampaignStatus, runState: RunState | null, runStateReason: RunStateReason | null, startedAt: string | null, endedAt: string | null, createdAt: string, isTemplate: boolean, templateEnabled: boolean, recipientCounts: { total: number, contacted: number, failed: number, ready: number } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AnyCampaignChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AnyCampaignChangedSubscription = { campaignChanged: { campaignId: string, status: CampaignStatus, runState: RunState | null, action: string, at: string } };

export type CloneCampaignMutationVariables = Exact<{
  id: string | number;
  name?: string | null | undefined;
  asTemplate: boolean;
}>;


export type CloneCampaignMutation = { cloneCampaign: { id: string, name: string, status: CampaignStatus } };

export type EditCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type EditCampaignQuery = { campaign: { status: CampaignStatus, id: string, name: string, description: string, type: CampaignType, dialingMode: DialingMode | null, callerIdName: string, callerIdNumber: string, complianceProfile: ComplianceProfile | null, dncLists: Array<string> | null, priority: number, maxAttempts: number, retryWaitSeconds: number, maxUncountedAttempts: number, ringTimeoutSeconds: number, maxConcurrentCalls: number, callsPerSecond: number, minSuccessSeconds: number, completionThreshold: number | null, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, isTemplate: boolean, queueName: string | null, abandonMessage: string | null, wrapUpSeconds: number, abandonRateTarget: number, maxInternalCalls: number | null, maxExternalCalls: number | null, queueMultiplier: number | null, waitForResult: boolean, sendRecipientFields: boolean, calendar: { id: string } | null, gateways: Array<{ id: string }>, amd: { enabled: boolean, onMachine: MachineAction }, destination: { kind: DestinationKind, target: string, maxWaiting: number | null } | null, broadcastActions: Array<{ kind: BroadcastActionKind, file: string | null, seconds: number | null, extension: string | null, digit: string | null, repeat: number | null }>, causePolicy: Array<{ cause: string, action: CauseAction }>, channelVariables: Array<{ key: string, value: string }> } };

export type CampaignTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignTemplatesQuery = { campaigns: { nodes: Array<{ id: string, name: string, templateEnabled: boolean }> } };

export type CampaignFromTemplateMutationVariables = Exact<{
  id: string | number;
  name?: string | null | undefined;
}>;


export type CampaignFromTemplateMutation = { cloneCampaign: { id: string } };

export type CampaignEventRowFragment = { id: string, at: string, action: string, actorKind: ActorKind, actorLabel: string, fromStatus: CampaignStatus | null, toStatus: CampaignStatus | null, details: Record<string, unknown>, configSnapshot: Record<string, unknown> | null };

export type CampaignEventsQueryVariables = Exact<{
  campaignId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CampaignEventsQuery = { campaignEvents: { nodes: Array<{ id: string, at: string, action: string, actorKind: ActorKind, actorLabel: string, fromStatus: CampaignStatus | null, toStatus: CampaignStatus | null, details: Record<string, unknown>, configSnapshot: Record<string, unknown> | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type StopRecipientsMutationVariables = Exact<{
  campaignId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type StopRecipientsMutation = { stopRecipients: { affected: number, campaign: { id: string, status: CampaignStatus } } };

export type ReactivateRecipientsMutationVariables = Exact<{
  campaignId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type ReactivateRecipientsMutation = { reactivateRecipients: { affected: number, campaign: { id: string, status: CampaignStatus } } };

export type AddAttemptsToRecipientsMutationVariables = Exact<{
  campaignId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type AddAttemptsToRecipientsMutation = { addAttempts: { affected: number, campaign: { id: string, status: CampaignStatus } } };

export type RecipientDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RecipientDetailQuery = { recipient: { id: string, name: string, externalId: string | null, priority: number, timeZone: string | null, fields: Record<string, unknown>, comment: string | null, disposition: string | null, originalLine: string | null, createdAt: string, callbackAt: string | null, callbackExtension: string | null, callbackAgentName: string | null, expireAt: string | null, notBefore: string | null, notAfter: string | null, lastDurationSeconds: number | null, phones: Array<{ number: string, priority: number, stopped: boolean }> } };

export type SetTemplateEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type SetTemplateEnabledMutation = { updateCampaign: { id: string, templateEnabled: boolean } };

export type DeleteTemplateMutationVariables = Exact<{
  id: string | number;
  force: boolean;
}>;


export type DeleteTemplateMutation = { deleteCampaign: { id: string } };

export type WaitingBreakdownQueryVariables = Exact<{
  id: string | number;
}>;


export type WaitingBreakdownQuery = { campaign: { id: string, waitingBreakdown: Array<{ reason: WaitingReason, count: number, nextAt: string | null, limit: RunStateReason | null }> } };

export type RecipientRowFragment = { id: string, name: string, externalId: string | null, state: RecipientState, attempts: number, extraAttempts: number, lastOutcome: CallOutcome | null, lastAttemptAt: string | null, nextAttemptAt: string | null, tags: Array<string>, waitingReason: { reason: WaitingReason, until: string | null, zone: string | null, limit: RunStateReason | null } | null, phones: Array<{ number: string, priority: number, stopped: boolean, dnc: boolean | null }> };

export type RecipientsQueryVariables = Exact<{
  campaignId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: RecipientFilterInput | null | undefined;
}>;


export type RecipientsQuery = { recipients: { nodes: Array<{ id: string, name: string, externalId: string | null, state: RecipientState, attempts: number, extraAttempts: number, lastOutcome: CallOutcome | null, lastAttemptAt: string | null, nextAttemptAt: string | null, tags: Array<string>, waitingReason: { reason: WaitingReason, until: string | null, zone: string | null, limit: RunStateReason | null } | null, phones: Array<{ number: string, priority: number, stopped: boolean, dnc: boolean | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RecipientChangedSubscriptionVariables = Exact<{
  campaignId: string | number;
}>;


export type RecipientChangedSubscription = { recipientChanged: { changes: Array<{ recipientId: string }>, bulk: { action: string } | null } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, status: ImportStatus, fileName: string, percent: number, rowsRead: number, imported: number, rejected: number, merged: number, flaggedDnc: number, error: string | null, rejections: Array<{ row: number, column: string | null, code: ImportRejectCode, reason: string, line: string | null }> } };

export type ImportPreviewQueryVariables = Exact<{
  uploadId: string | number;
  target: ImportTargetInput;
  options?: ImportOptionsInput | null | undefined;
}>;


export type ImportPreviewQuery = { importPreview: { format: ImportFormat, charset: ImportCharset, separator: string, header: HeaderMode, columns: Array<string>, rows: Array<Array<string>>, mapping: { phones: Array<string>, name: string | null, externalId: string | null, tags: string | null, timezone: string | null, priority: string | null, expireAt: string | null, notBefore: string | null, notAfter: string | null, schedule: string | null, region: string | null, nameColumns: Array<string>, numberSeparator: string, fields: Array<string> } | null } };

export type StartImportMutationVariables = Exact<{
  uploadId: string | number;
  target: ImportTargetInput;
  options?: ImportOptionsInput | null | undefined;
  force: boolean;
}>;


export type StartImportMutation = { startImport: { id: string, status: ImportStatus } };

export type ImportProgressSubscriptionVariables = Exact<{
  importId: string | number;
}>;


export type ImportProgressSubscription = { importProgress: { importId: string, status: ImportStatus, percent: number, rowsRead: number, imported: number, rejected: number, merged: number, flaggedDnc: number, error: string | null } };

export type ActiveListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveListsQuery = { recipientLists: Array<{ id: string, name: string, status: ListStatus, contactCount: number }> };

export type AttachListMutationVariables = Exact<{
  campaignId: string | number;
  listId: string | number;
}>;


export type AttachListMutation = { attachList: { added: number, skipped: number, campaign: { id: string, status: CampaignStatus } } };

export type RecipientListDetailQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  text?: string | null | undefined;
}>;


export type RecipientListDetailQuery = { recipientList: { id: string, name: string, status: ListStatus, contactCount: number, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, createdAt: string }, contacts: { nodes: Array<{ id: string, name: string, priority: number, tags: Array<string>, timeZone: string | null, fields: Record<string, unknown>, phones: Array<{ number: string, priority: number }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AddContactsMutationVariables = Exact<{
  listId: string | number;
  recipients: Array<RecipientInput> | RecipientInput;
}>;


export type AddContactsMutation = { addContacts: { added: number, skipped: number } };

export type RecipientListRowFragment = { id: string, name: string, status: ListStatus, contactCount: number, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, createdAt: string };

export type RecipientListsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecipientListsQuery = { recipientLists: Array<{ id: string, name: string, status: ListStatus, contactCount: number, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, createdAt: string }> };

export type CreateRecipientListMutationVariables = Exact<{
  input: RecipientListInput;
}>;


export type CreateRecipientListMutation = { createRecipientList: { id: string, name: string, status: ListStatus, contactCount: number, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, createdAt: string } };

export type UpdateRecipientListMutationVariables = Exact<{
  id: string | number;
  input: RecipientListInput;
}>;


export type UpdateRecipientListMutation = { updateRecipientList: { id: string, name: string, status: ListStatus, contactCount: number, defaultRegion: string | null, numberFormat: NumberFormat, accountcode: string | null, createdAt: string } };

export type DeleteRecipientListMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRecipientListMutation = { deleteRecipientList: boolean };

export type CallEventsSubscriptionVariables = Exact<{
  campaignId: string | number;
}>;


export type CallEventsSubscription = { callEvents: { campaignId: string, events: Array<{ at: string, callId: string, recipientId: string, number: string, state: string, outcome: string | null, agentName: string | null, amdResult: string | null, amdCause: string | null, reason: AbandonReason | null }> } };

export type DialerStatusFieldsFragment = { at: string, node: string, leader: boolean, switchUp: boolean, activeCalls: number, callsPerSecond: number, runningCampaigns: number };

export type DialerStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DialerStatusQuery = { dialerStatus: { at: string, node: string, leader: boolean, switchUp: boolean, activeCalls: number, callsPerSecond: number, runningCampaigns: number } };

export type DialerStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DialerStatusChangedSubscription = { dialerStatus: { at: string, node: string, leader: boolean, switchUp: boolean, activeCalls: number, callsPerSecond: number, runningCampaigns: number } };

export type LiveCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCampaignsQuery = { campaigns: { nodes: Array<{ id: string, name: string, status: CampaignStatus, runState: RunState | null, runStateReason: RunStateReason | null, priority: number, scheduledAt: string | null, recipientCounts: { total: number, ready: number, dialing: number, inCall: number, contacted: number, failed: number, retryWait: number } }> } };

export type LiveCampaignChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveCampaignChangedSubscription = { campaignChanged: { campaignId: string, status: CampaignStatus, runState: RunState | null } };

export type WallboardFieldsFragment = { at: string, campaignId: string | null, activeCalls: number, callsPerMinute: number, answerRate: number | null, abandonedCalls: number, confirmedCalls: number, recipientsRemaining: number, etaSeconds: number | null, occupancy: number | null, abandonRate: number | null, abandonRateTarget: number | null, profileAbandonRate: number | null, profileWindowHours: number | null, agents: { available: number, noPhone: number, reserved: number, onCall: number, wrapUp: number, onBreak: number, loggedOut: number } | null };

export type WallboardSubscriptionVariables = Exact<{
  campaignId?: string | number | null | undefined;
}>;


export type WallboardSubscription = { wallboard: { at: string, campaignId: string | null, activeCalls: number, callsPerMinute: number, answerRate: number | null, abandonedCalls: number, confirmedCalls: number, recipientsRemaining: number, etaSeconds: number | null, occupancy: number | null, abandonRate: number | null, abandonRateTarget: number | null, profileAbandonRate: number | null, profileWindowHours: number | null, agents: { available: number, noPhone: number, reserved: number, onCall: number, wrapUp: number, onBreak: number, loggedOut: number } | null } };

export type WallboardHistoryQueryVariables = Exact<{
  campaignId?: string | number | null | undefined;
}>;


export type WallboardHistoryQuery = { wallboardHistory: Array<{ at: string, activeCalls: number, callsPerMinute: number, answerRate: number | null }> };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first: number;
}>;


export type AuditLogQuery = { auditLog: { nodes: Array<{ id: string, at: string, action: AuditAction, actorKind: ActorKind, actorLabel: string, actorTenantId: string | null, tenantId: string, tenantName: string, targetType: string, targetId: string | null, changes: Record<string, unknown> }>, pageInfo: { hasNextPage: boolean } } };

export type AuditTenantNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditTenantNamesQuery = { tenants: Array<{ id: string, name: string }> };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { adminEmail: string, generatedPassword: string | null, tenant: { id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } } } };

export type UpdateTenantMutationVariables = Exact<{
  id: string | number;
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } } };

export type SuspendTenantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendTenantMutation = { suspendTenant: { id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } } };

export type ResumeTenantMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeTenantMutation = { resumeTenant: { id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } } };

export type OperatorTenantCampaignsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type OperatorTenantCampaignsQuery = { campaigns: { nodes: Array<{ id: string, name: string, type: CampaignType, status: CampaignStatus, runState: RunState | null, runStateReason: RunStateReason | null, tenantId: string, startedAt: string | null, endedAt: string | null, createdAt: string }> } };

export type OperatorPauseCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type OperatorPauseCampaignMutation = { pauseCampaign: { id: string, status: CampaignStatus, runState: RunState | null } };

export type OperatorCancelCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type OperatorCancelCampaignMutation = { cancelCampaign: { id: string, status: CampaignStatus, runState: RunState | null, endedAt: string | null } };

export type OperatorTenantDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OperatorTenantDetailQuery = { tenant: { id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } } };

export type OperatorTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorTenantsQuery = { tenants: Array<{ id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } }> };

export type OperatorTenantFragment = { id: string, name: string, status: TenantStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null }, usage: { liveCalls: number, runningCampaigns: number, callsToday: number } };

export type RecipientCallAttemptsQueryVariables = Exact<{
  id: string | number;
}>;


export type RecipientCallAttemptsQuery = { recipient: { id: string, callAttempts: Array<{ id: string, attemptNumber: number, number: string, callId: string, counted: boolean, outcome: CallOutcome | null, hangupCause: string | null, q850: number | null, sipStatus: number | null, billSeconds: number | null, amdResult: string | null, abandoned: boolean, abandonReason: AbandonReason | null, bridgeFailureCause: string | null, disposition: string | null, createdAt: string, originatedAt: string | null, ringingAt: string | null, answeredAt: string | null, bridgedAt: string | null, endedAt: string | null, answerConfirmedAt: string | null, listenConfirmedAt: string | null }> } };

export type RecipientReportQueryVariables = Exact<{
  campaignId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: RecipientReportFilterInput | null | undefined;
}>;


export type RecipientReportQuery = { campaign: { id: string, name: string }, recipientReport: { nodes: Array<{ id: string, name: string, externalId: string | null, numbers: Array<string>, state: RecipientState, attempts: number, lastOutcome: CallOutcome | null, lastAttemptAt: string | null, lastDurationSeconds: number | null, tags: Array<string>, disposition: string | null, comment: string | null, fields: Record<string, unknown> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type StatBucketFieldsFragment = { key: string, count: number, percent: number };

export type ReportCampaignChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportCampaignChoicesQuery = { campaigns: { nodes: Array<{ id: string, name: string, status: CampaignStatus, type: CampaignType, abandonRateTarget: number }> } };

export type CampaignStatisticsQueryVariables = Exact<{
  filter?: StatisticsFilterInput | null | undefined;
}>;


export type CampaignStatisticsQuery = { campaignStatistics: { recipients: number, finalRecipients: number, openRecipients: number, callsPlaced: number, countedAttempts: number, answered: number, answeredPercent: number, abandoned: number, abandonedPercent: number, averageTalkSeconds: number, totalTalkSeconds: number, untagged: number, byState: Array<{ key: string, count: number, percent: number }>, byLastOutcome: Array<{ key: string, count: number, percent: number }>, byAttempts: Array<{ key: string, count: number, percent: number }>, byTag: Array<{ key: string, count: number, percent: number }>, campaigns: Array<{ id: string, name: string, status: CampaignStatus, startedAt: string | null, endedAt: string | null, deletedAt: string | null }> } };

export type ApiKeyRowFragment = { id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type CalendarRowFragment = { id: string, name: string, timeZone: string, validFrom: string | null, validUntil: string | null, openHours: Array<{ day: number, start: string, end: string }>, exceptions: Array<{ date: string, closed: boolean, start: string | null, end: string | null }> };

export type CalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarsQuery = { calendars: Array<{ id: string, name: string, timeZone: string, validFrom: string | null, validUntil: string | null, openHours: Array<{ day: number, start: string, end: string }>, exceptions: Array<{ date: string, closed: boolean, start: string | null, end: string | null }> }> };

export type CreateCalendarMutationVariables = Exact<{
  input: CreateCalendarInput;
}>;


export type CreateCalendarMutation = { createCalendar: { id: string, name: string, timeZone: string, validFrom: string | null, validUntil: string | null, openHours: Array<{ day: number, start: string, end: string }>, exceptions: Array<{ date: string, closed: boolean, start: string | null, end: string | null }> } };

export type UpdateCalendarMutationVariables = Exact<{
  id: string | number;
  input: UpdateCalendarInput;
}>;


export type UpdateCalendarMutation = { updateCalendar: { id: string, name: string, timeZone: string, validFrom: string | null, validUntil: string | null, openHours: Array<{ day: number, start: string, end: string }>, exceptions: Array<{ date: string, closed: boolean, start: string | null, end: string | null }> } };

export type DeleteCalendarMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCalendarMutation = { deleteCalendar: { id: string } };

export type TenantComplianceProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantComplianceProfileQuery = { settings: { complianceProfile: ComplianceProfile } };

export type SetTenantComplianceProfileMutationVariables = Exact<{
  profile: ComplianceProfile;
}>;


export type SetTenantComplianceProfileMutation = { updateSettings: { complianceProfile: ComplianceProfile } };

export type DncRowFragment = { id: string, number: string, listName: string, reason: string | null, createdAt: string, expiresAt: string | null };

export type DncEntriesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DncFilterInput | null | undefined;
}>;


export type DncEntriesQuery = { dncEntries: { nodes: Array<{ id: string, number: string, listName: string, reason: string | null, createdAt: string, expiresAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AddDncNumbersMutationVariables = Exact<{
  input: AddDncNumbersInput;
}>;


export type AddDncNumbersMutation = { addDncNumbers: { added: number, renewed: number } };

export type RemoveDncEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveDncEntryMutation = { removeDncEntry: { id: string } };

export type GatewayRowFragment = { id: string, name: string, dialString: string, enabled: boolean, maxConcurrent: number, callsPerSecond: number, createdAt: string };

export type GatewaysQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewaysQuery = { gateways: Array<{ id: string, name: string, dialString: string, enabled: boolean, maxConcurrent: number, callsPerSecond: number, createdAt: string }> };

export type CreateGatewayMutationVariables = Exact<{
  input: CreateGatewayInput;
}>;


export type CreateGatewayMutation = { createGateway: { id: string, name: string, dialString: string, enabled: boolean, maxConcurrent: number, callsPerSecond: number, createdAt: string } };

export type UpdateGatewayMutationVariables = Exact<{
  id: string | number;
  input: UpdateGatewayInput;
}>;


export type UpdateGatewayMutation = { updateGateway: { id: string, name: string, dialString: string, enabled: boolean, maxConcurrent: number, callsPerSecond: number, createdAt: string } };

export type DeleteGatewayMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGatewayMutation = { deleteGateway: { id: string } };

export type TenantLimitsFragment = { maxActiveCampaigns: number, maxTotalCalls: number, maxInternalCalls: number, maxExternalCalls: number, callsPerSecond: number, queueMultiplier: number, defaultRegion: string, internalNumberPattern: string, accountcode: string | null, updatedAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null } };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { settings: { maxActiveCampaigns: number, maxTotalCalls: number, maxInternalCalls: number, maxExternalCalls: number, callsPerSecond: number, queueMultiplier: number, defaultRegion: string, internalNumberPattern: string, accountcode: string | null, updatedAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null } } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateSettings: { maxActiveCampaigns: number, maxTotalCalls: number, maxInternalCalls: number, maxExternalCalls: number, callsPerSecond: number, queueMultiplier: number, defaultRegion: string, internalNumberPattern: string, accountcode: string | null, updatedAt: string, caps: { maxConcurrentCalls: number | null, callsPerSecond: number | null, maxActiveCampaigns: number | null } } };

export type UserRowFragment = { id: string, email: string, name: string, role: Role, disabled: boolean, createdAt: string };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string, role: Role, disabled: boolean, createdAt: string }>, me: { id: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string, role: Role, disabled: boolean, createdAt: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, email: string, name: string, role: Role, disabled: boolean, createdAt: string } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  input: ResetPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string } };

export type ViewerFieldsFragment = { id: string, kind: string, label: string, role: Role | null, permissions: Array<Permission>, tenantName: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, kind: string, label: string, role: Role | null, permissions: Array<Permission>, tenantName: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export const DeskCallFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"originalLine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}}]}}]}}]}}]} as unknown as DocumentNode<DeskCallFragment, unknown>;
export const AgentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveNoAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"phoneCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breakCause"}}]}}]} as unknown as DocumentNode<AgentRowFragment, unknown>;
export const CampaignCountersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignCounters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"inCall"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"retryWait"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"dnc"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"waitingAgent"}}]}}]} as unknown as DocumentNode<CampaignCountersFragment, unknown>;
export const CampaignAdvancedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdvanced"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitForResult"}},{"kind":"Field","name":{"kind":"Name","value":"amd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"onMachine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendRecipientFields"}}]}}]} as unknown as DocumentNode<CampaignAdvancedFragment, unknown>;
export const CampaignSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dialingMode"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}},{"kind":"Field","name":{"kind":"Name","value":"dncLists"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxUncountedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"ringTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"minSuccessSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"abandonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdvanced"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdvanced"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitForResult"}},{"kind":"Field","name":{"kind":"Name","value":"amd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"onMachine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendRecipientFields"}}]}}]} as unknown as DocumentNode<CampaignSettingsFragment, unknown>;
export const CampaignRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"runStateReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"templateEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}}]} as unknown as DocumentNode<CampaignRowFragment, unknown>;
export const CampaignEventRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"configSnapshot"}}]}}]} as unknown as DocumentNode<CampaignEventRowFragment, unknown>;
export const RecipientRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"extraAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"waitingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"dnc"}}]}}]}}]} as unknown as DocumentNode<RecipientRowFragment, unknown>;
export const RecipientListRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecipientListRowFragment, unknown>;
export const DialerStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialerStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialerStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"switchUp"}},{"kind":"Field","name":{"kind":"Name","value":"activeCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}}]}}]} as unknown as DocumentNode<DialerStatusFieldsFragment, unknown>;
export const WallboardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WallboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"activeCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"answerRate"}},{"kind":"Field","name":{"kind":"Name","value":"abandonedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"noPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"onCall"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUp"}},{"kind":"Field","name":{"kind":"Name","value":"onBreak"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"profileAbandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"profileWindowHours"}}]}}]} as unknown as DocumentNode<WallboardFieldsFragment, unknown>;
export const OperatorTenantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<OperatorTenantFragment, unknown>;
export const StatBucketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]} as unknown as DocumentNode<StatBucketFieldsFragment, unknown>;
export const ApiKeyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const CalendarRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<CalendarRowFragment, unknown>;
export const DncRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DncRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DncEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<DncRowFragment, unknown>;
export const GatewayRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dialString"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrent"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<GatewayRowFragment, unknown>;
export const TenantLimitsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantLimits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"internalNumberPattern"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}}]}}]} as unknown as DocumentNode<TenantLimitsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const MyAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"breakCause"}}]}}]}}]} as unknown as DocumentNode<MyAgentQuery, MyAgentQueryVariables>;
export const SetMyAgentStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyAgentState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyAgentState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}}]}}]}}]} as unknown as DocumentNode<SetMyAgentStateMutation, SetMyAgentStateMutationVariables>;
export const MyCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"originalLine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}}]}}]}}]}}]} as unknown as DocumentNode<MyCallsSubscription, MyCallsSubscriptionVariables>;
export const MyCurrentCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCurrentCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCurrentCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"originalLine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}}]}}]}}]}}]} as unknown as DocumentNode<MyCurrentCallQuery, MyCurrentCallQueryVariables>;
export const MyAgentStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyAgentStateChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStateChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<MyAgentStateChangedSubscription, MyAgentStateChangedSubscriptionVariables>;
export const AgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED"},{"kind":"EnumValue","value":"SCHEDULED"},{"kind":"EnumValue","value":"RUNNING"},{"kind":"EnumValue","value":"PAUSED"},{"kind":"EnumValue","value":"INCOMPLETE"},{"kind":"EnumValue","value":"CANCELLED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveNoAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"phoneCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breakCause"}}]}}]} as unknown as DocumentNode<AgentsQuery, AgentsQueryVariables>;
export const AgentStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AgentStateChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStateChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgentStateChangedSubscription, AgentStateChangedSubscriptionVariables>;
export const SetAgentStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAgentState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAgentState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveNoAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"phoneCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breakCause"}}]}}]} as unknown as DocumentNode<SetAgentStateMutation, SetAgentStateMutationVariables>;
export const DeleteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAgentMutation, DeleteAgentMutationVariables>;
export const AssignAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<AssignAgentMutation, AssignAgentMutationVariables>;
export const UnassignAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}]}]}}]} as unknown as DocumentNode<UnassignAgentMutation, UnassignAgentMutationVariables>;
export const ReportCallResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCallResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCallResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ReportCallResultMutation, ReportCallResultMutationVariables>;
export const DncListsForDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DncListsForDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dncLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DncListsForDeskQuery, DncListsForDeskQueryVariables>;
export const CreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveNoAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"phoneCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breakCause"}}]}}]} as unknown as DocumentNode<CreateAgentMutation, CreateAgentMutationVariables>;
export const DecidePreviewCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePreviewCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePreviewCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dial"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dial"}}}]}]}}]} as unknown as DocumentNode<DecidePreviewCallMutation, DecidePreviewCallMutationVariables>;
export const AddRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipients"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"autoRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipients"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipients"}}},{"kind":"Argument","name":{"kind":"Name","value":"autoRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"autoRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDuplicate"},"value":{"kind":"EnumValue","value":"SKIP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AddRecipientsMutation, AddRecipientsMutationVariables>;
export const StartCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delaySeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"delaySeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delaySeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]} as unknown as DocumentNode<StartCampaignMutation, StartCampaignMutationVariables>;
export const PauseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}}]}}]}}]} as unknown as DocumentNode<PauseCampaignMutation, PauseCampaignMutationVariables>;
export const ResumeCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}}]}}]}}]} as unknown as DocumentNode<ResumeCampaignMutation, ResumeCampaignMutationVariables>;
export const CancelCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<CancelCampaignMutation, CancelCampaignMutationVariables>;
export const RestartCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestartCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restartCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}}]}}]}}]} as unknown as DocumentNode<RestartCampaignMutation, RestartCampaignMutationVariables>;
export const TerminateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<TerminateCampaignMutation, TerminateCampaignMutationVariables>;
export const AddAttemptsAllFailedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAttemptsAllFailed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attempts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"allFailed"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"attempts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attempts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AddAttemptsAllFailedMutation, AddAttemptsAllFailedMutationVariables>;
export const PurgePendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurgePending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purgePendingRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PurgePendingMutation, PurgePendingMutationVariables>;
export const DeleteCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCampaignMutation, DeleteCampaignMutationVariables>;
export const DeleteAllRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAllRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAllRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAllRecipientsMutation, DeleteAllRecipientsMutationVariables>;
export const CampaignDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dialingMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"runStateReason"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"templateEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startProblems"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveComplianceProfile"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsOutsideHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignCounters"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignCounters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"inCall"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"retryWait"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"dnc"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"waitingAgent"}}]}}]} as unknown as DocumentNode<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const CampaignChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CampaignChangedSubscription, CampaignChangedSubscriptionVariables>;
export const CampaignFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dncLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CampaignFormOptionsQuery, CampaignFormOptionsQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSettings"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdvanced"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitForResult"}},{"kind":"Field","name":{"kind":"Name","value":"amd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"onMachine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendRecipientFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dialingMode"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}},{"kind":"Field","name":{"kind":"Name","value":"dncLists"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxUncountedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"ringTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"minSuccessSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"abandonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdvanced"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSettings"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdvanced"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitForResult"}},{"kind":"Field","name":{"kind":"Name","value":"amd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"onMachine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendRecipientFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dialingMode"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}},{"kind":"Field","name":{"kind":"Name","value":"dncLists"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxUncountedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"ringTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"minSuccessSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"abandonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdvanced"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"runStateReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"templateEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const AnyCampaignChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnyCampaignChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AnyCampaignChangedSubscription, AnyCampaignChangedSubscriptionVariables>;
export const CloneCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asTemplate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"asTemplate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asTemplate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloneCampaignMutation, CloneCampaignMutationVariables>;
export const EditCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSettings"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdvanced"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitForResult"}},{"kind":"Field","name":{"kind":"Name","value":"amd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"onMachine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendRecipientFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dialingMode"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}},{"kind":"Field","name":{"kind":"Name","value":"dncLists"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxUncountedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"ringTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"minSuccessSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"isTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"abandonMessage"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdvanced"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditCampaignQuery, EditCampaignQueryVariables>;
export const CampaignTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isTemplate"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"templateEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignTemplatesQuery, CampaignTemplatesQueryVariables>;
export const CampaignFromTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignFromTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"asTemplate"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CampaignFromTemplateMutation, CampaignFromTemplateMutationVariables>;
export const CampaignEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignEventRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"configSnapshot"}}]}}]} as unknown as DocumentNode<CampaignEventsQuery, CampaignEventsQueryVariables>;
export const StopRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StopRecipientsMutation, StopRecipientsMutationVariables>;
export const ReactivateRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateRecipientsMutation, ReactivateRecipientsMutationVariables>;
export const AddAttemptsToRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAttemptsToRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"attempts"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AddAttemptsToRecipientsMutation, AddAttemptsToRecipientsMutationVariables>;
export const RecipientDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"originalLine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"callbackExtension"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAgentName"}},{"kind":"Field","name":{"kind":"Name","value":"expireAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"lastDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}}]}}]}}]}}]} as unknown as DocumentNode<RecipientDetailQuery, RecipientDetailQueryVariables>;
export const SetTemplateEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTemplateEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"templateEnabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateEnabled"}}]}}]}}]} as unknown as DocumentNode<SetTemplateEnabledMutation, SetTemplateEnabledMutationVariables>;
export const DeleteTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTemplateMutation, DeleteTemplateMutationVariables>;
export const WaitingBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"nextAt"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}}]} as unknown as DocumentNode<WaitingBreakdownQuery, WaitingBreakdownQueryVariables>;
export const RecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"extraAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"waitingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"dnc"}}]}}]}}]} as unknown as DocumentNode<RecipientsQuery, RecipientsQueryVariables>;
export const RecipientChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecipientChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bulk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<RecipientChangedSubscription, RecipientChangedSubscriptionVariables>;
export const ImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedDnc"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}}]}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const ImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTargetInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"expireAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nameColumns"}},{"kind":"Field","name":{"kind":"Name","value":"numberSeparator"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const StartImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTargetInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartImportMutation, StartImportMutationVariables>;
export const ImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedDnc"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const ActiveListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]} as unknown as DocumentNode<ActiveListsQuery, ActiveListsQueryVariables>;
export const AttachListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"listId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDuplicate"},"value":{"kind":"EnumValue","value":"SKIP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AttachListMutation, AttachListMutationVariables>;
export const RecipientListDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientListDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientListRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecipientListDetailQuery, RecipientListDetailQueryVariables>;
export const AddContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipients"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipients"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipients"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDuplicate"},"value":{"kind":"EnumValue","value":"SKIP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<AddContactsMutation, AddContactsMutationVariables>;
export const RecipientListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientListRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecipientListsQuery, RecipientListsQueryVariables>;
export const CreateRecipientListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRecipientList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRecipientList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientListRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateRecipientListMutation, CreateRecipientListMutationVariables>;
export const UpdateRecipientListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecipientList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecipientList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientListRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateRecipientListMutation, UpdateRecipientListMutationVariables>;
export const DeleteRecipientListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRecipientList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRecipientList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRecipientListMutation, DeleteRecipientListMutationVariables>;
export const CallEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"amdResult"}},{"kind":"Field","name":{"kind":"Name","value":"amdCause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CallEventsSubscription, CallEventsSubscriptionVariables>;
export const DialerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialerStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialerStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialerStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialerStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialerStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"switchUp"}},{"kind":"Field","name":{"kind":"Name","value":"activeCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}}]}}]} as unknown as DocumentNode<DialerStatusQuery, DialerStatusQueryVariables>;
export const DialerStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DialerStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialerStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialerStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialerStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialerStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"switchUp"}},{"kind":"Field","name":{"kind":"Name","value":"activeCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}}]}}]} as unknown as DocumentNode<DialerStatusChangedSubscription, DialerStatusChangedSubscriptionVariables>;
export const LiveCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RUNNING"},{"kind":"EnumValue","value":"PAUSED"},{"kind":"EnumValue","value":"SCHEDULED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"runStateReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"inCall"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"retryWait"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveCampaignsQuery, LiveCampaignsQueryVariables>;
export const LiveCampaignChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveCampaignChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}}]}}]}}]} as unknown as DocumentNode<LiveCampaignChangedSubscription, LiveCampaignChangedSubscriptionVariables>;
export const WallboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Wallboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WallboardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WallboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"activeCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"answerRate"}},{"kind":"Field","name":{"kind":"Name","value":"abandonedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"noPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"onCall"}},{"kind":"Field","name":{"kind":"Name","value":"wrapUp"}},{"kind":"Field","name":{"kind":"Name","value":"onBreak"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"profileAbandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"profileWindowHours"}}]}}]} as unknown as DocumentNode<WallboardSubscription, WallboardSubscriptionVariables>;
export const WallboardHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WallboardHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallboardHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"activeCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"answerRate"}}]}}]}}]} as unknown as DocumentNode<WallboardHistoryQuery, WallboardHistoryQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditTenantNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTenantNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditTenantNamesQuery, AuditTenantNamesQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"generatedPassword"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorTenant"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorTenant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const SuspendTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorTenant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<SuspendTenantMutation, SuspendTenantMutationVariables>;
export const ResumeTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorTenant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<ResumeTenantMutation, ResumeTenantMutationVariables>;
export const OperatorTenantCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorTenantCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tenantIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"runStateReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorTenantCampaignsQuery, OperatorTenantCampaignsQueryVariables>;
export const OperatorPauseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorPauseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}}]}}]}}]} as unknown as DocumentNode<OperatorPauseCampaignMutation, OperatorPauseCampaignMutationVariables>;
export const OperatorCancelCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorCancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runState"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<OperatorCancelCampaignMutation, OperatorCancelCampaignMutationVariables>;
export const OperatorTenantDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorTenantDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorTenant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<OperatorTenantDetailQuery, OperatorTenantDetailQueryVariables>;
export const OperatorTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorTenant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorTenant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"}},{"kind":"Field","name":{"kind":"Name","value":"runningCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]}}]} as unknown as DocumentNode<OperatorTenantsQuery, OperatorTenantsQueryVariables>;
export const RecipientCallAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientCallAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hangupCause"}},{"kind":"Field","name":{"kind":"Name","value":"q850"}},{"kind":"Field","name":{"kind":"Name","value":"sipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"billSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"amdResult"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"bridgeFailureCause"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"originatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ringingAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"bridgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listenConfirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecipientCallAttemptsQuery, RecipientCallAttemptsQueryVariables>;
export const RecipientReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientReportFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<RecipientReportQuery, RecipientReportQueryVariables>;
export const ReportCampaignChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportCampaignChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRateTarget"}}]}}]}}]}}]} as unknown as DocumentNode<ReportCampaignChoicesQuery, ReportCampaignChoicesQueryVariables>;
export const CampaignStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"finalRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"openRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"callsPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"countedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredPercent"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"abandonedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"averageTalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"totalTalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"untagged"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLastOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]} as unknown as DocumentNode<CampaignStatisticsQuery, CampaignStatisticsQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<CalendarsQuery, CalendarsQueryVariables>;
export const CreateCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarMutation, CreateCalendarMutationVariables>;
export const UpdateCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<UpdateCalendarMutation, UpdateCalendarMutationVariables>;
export const DeleteCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCalendarMutation, DeleteCalendarMutationVariables>;
export const TenantComplianceProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantComplianceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}}]}}]}}]} as unknown as DocumentNode<TenantComplianceProfileQuery, TenantComplianceProfileQueryVariables>;
export const SetTenantComplianceProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantComplianceProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"complianceProfile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceProfile"}}]}}]}}]} as unknown as DocumentNode<SetTenantComplianceProfileMutation, SetTenantComplianceProfileMutationVariables>;
export const DncEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DncEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DncFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dncEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DncRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DncRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DncEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<DncEntriesQuery, DncEntriesQueryVariables>;
export const AddDncNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDncNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDncNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDncNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"renewed"}}]}}]}}]} as unknown as DocumentNode<AddDncNumbersMutation, AddDncNumbersMutationVariables>;
export const RemoveDncEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDncEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDncEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveDncEntryMutation, RemoveDncEntryMutationVariables>;
export const GatewaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dialString"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrent"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<GatewaysQuery, GatewaysQueryVariables>;
export const CreateGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dialString"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrent"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateGatewayMutation, CreateGatewayMutationVariables>;
export const UpdateGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatewayRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatewayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dialString"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrent"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateGatewayMutation, UpdateGatewayMutationVariables>;
export const DeleteGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteGatewayMutation, DeleteGatewayMutationVariables>;
export const TenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantLimits"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantLimits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"internalNumberPattern"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}}]}}]} as unknown as DocumentNode<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantLimits"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantLimits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxInternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"maxExternalCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"queueMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"internalNumberPattern"}},{"kind":"Field","name":{"kind":"Name","value":"accountcode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"callsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveCampaigns"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;