import { registerEnumType } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { AgentState } from '../../domain/agent/agent-state';
import { ApiScope, Role } from '../../domain/auth/role';
import { AbandonReason } from '../../domain/call/abandon-reason';
import { CallOutcome, CauseAction } from '../../domain/call/call-outcome';
import { CampaignAction } from '../../domain/campaign/campaign-transitions';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { RunState, RunStateReason } from '../../domain/campaign/run-state';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { WaitingReason } from '../../domain/dialer/waiting-reason';
import { ActorKind } from '../../entities/campaign-event.entity';
import { AuditAction } from '../../domain/audit/audit-action';
import { ListStatus } from '../../entities/recipient-list.entity';
import { NumberFormat } from '../../domain/numbers/number-format';
import { TenantStatus } from '../../domain/tenant/tenant-status';

// Every domain enum the schema exposes, registered once, before any type uses it.
registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'Lifecycle of a campaign' });
registerEnumType(RunState, {
  name: 'RunState',
  description:
    'Why a campaign is or is not dialing now: what holds it, not whether a call went out this instant. A change shows once it has held for 1 s. IDLE while SCHEDULED or PAUSED; null in other statuses',
  valuesConfig: {
    IDLE: { description: 'Nothing to dial and no call in flight' },
    DIALING: { description: 'Dialing (or calls in flight) and no limit holds it' },
    PACED: { description: 'A dial speed holds it; runStateReason says whose (campaign, gateway, tenant or switch)' },
    AT_LIMIT: { description: 'Its own concurrency (maxConcurrentCalls, or its internal / external limit) is full' },
    BLOCKED: { description: 'A tenant or switch limit, gateway concurrency, or other campaigns hold it; runStateReason says which' },
    OUTSIDE_HOURS: { description: "Its calendar, or its recipients' own hours, are closed" },
    WAITING_RETRY: { description: 'Every open recipient waits for a retry, callback or not-before time' },
    WAITING_AGENTS: { description: 'An AGENT campaign with no free agent for another call' },
    SWITCH_DOWN: { description: 'The switch link is down, or every gateway of the campaign is' },
  },
});
registerEnumType(RunStateReason, {
  name: 'RunStateReason',
  description: 'Which limit holds a PACED, AT_LIMIT, BLOCKED or SWITCH_DOWN campaign',
  valuesConfig: {
    CAMPAIGN_SPEED: { description: "PACED by the campaign's callsPerSecond" },
    GATEWAY_SPEED: { description: "PACED by a gateway's callsPerSecond" },
    TENANT_SPEED: { description: "PACED by the tenant's callsPerSecond (its campaigns together)" },
    SWITCH_SPEED: { description: "PACED by the switch's own session rate" },
    CAMPAIGN_CALLS: { description: 'AT_LIMIT: maxConcurrentCalls' },
    CAMPAIGN_INTERNAL_CALLS: { description: 'AT_LIMIT: maxInternalCalls' },
    CAMPAIGN_EXTERNAL_CALLS: { description: 'AT_LIMIT: maxExternalCalls' },
    TENANT_CALLS: { description: "BLOCKED by the tenant's maxTotalCalls (its campaigns together)" },
    TENANT_INTERNAL_CALLS: { description: "BLOCKED by the tenant's maxInternalCalls" },
    TENANT_EXTERNAL_CALLS: { description: "BLOCKED by the tenant's maxExternalCalls" },
    ACTIVE_CAMPAIGNS: { description: "BLOCKED: other campaigns hold the tenant's maxActiveCampaigns" },
    SWITCH_SESSIONS: { description: "BLOCKED by the switch's own session cap" },
    GATEWAY_CALLS: { description: "BLOCKED: the campaign's usable gateways are at their maxConcurrent" },
    SWITCH_LINK: { description: 'SWITCH_DOWN: the Event Socket link is down' },
    GATEWAYS_DOWN: { description: 'SWITCH_DOWN: every gateway of the campaign is down or disabled' },
  },
});
registerEnumType(WaitingReason, {
  name: 'WaitingReason',
  description: 'Why a recipient still to be dialed is not being called now, judged by the dialer’s own rules',
  valuesConfig: {
    DIALING_NEXT: { description: 'Dialable now: the dialer takes it in its turn' },
    RETRY_WAIT: { description: 'Waiting for its retry time (until)' },
    CALLBACK: { description: 'A booked callback, due at until' },
    NOT_BEFORE: { description: 'Before its notBefore (until)' },
    ABANDON_REST: { description: 'Resting after an abandoned call (UK_OFCOM: 72 h) until until' },
    OUTSIDE_HOURS: { description: 'Outside its calling hours (profile hours narrowed by the calendar) in zone; they open at until' },
    WAITING_FOR_AGENT: { description: 'Dialable, but the campaign waits for a free agent' },
    LIMIT: { description: 'Dialable, but a limit holds the campaign (limit says which)' },
    CAMPAIGN_NOT_RUNNING: { description: 'Dialable, but its campaign is not running (until: a SCHEDULED campaign’s start)' },
    DNC: { description: 'A number is on the DNC list: the dialer suppresses it' },
    NO_NUMBERS: { description: 'Every number is stopped: the dialer stops it' },
    EXPIRING: { description: 'Past its expireAt or notAfter: the dialer expires it' },
  },
});
registerEnumType(CampaignType, { name: 'CampaignType' });
registerEnumType(DialingMode, { name: 'DialingMode', description: 'Pacing of AGENT campaigns' });
registerEnumType(ComplianceProfile, {
  name: 'ComplianceProfile',
  description: 'The telemarketing rules a campaign dials under (see the README, Compliance)',
  valuesConfig: {
    US_TSR: {
      description:
        'US Telemarketing Sales Rule (16 CFR 310): 08:00-21:00 recipient-local, abandon <= 3 % over 30 days, ring >= 15 s, caller ID',
    },
    UK_OFCOM: {
      description: "UK Ofcom's persistent-misuse statement: abandon <= 3 % per 24 h, caller ID, 72 h rest after an abandoned call",
    },
    NONE: { description: 'No rule applies (chosen explicitly)' },
  },
});
registerEnumType(CampaignAction, { name: 'CampaignAction' });
registerEnumType(RecipientState, { name: 'RecipientState' });
registerEnumType(CallOutcome, { name: 'CallOutcome' });
registerEnumType(AbandonReason, { name: 'AbandonReason', description: 'Why an answered call never reached an agent' });
registerEnumType(CauseAction, { name: 'CauseAction', description: 'What a hangup cause does to the recipient' });
registerEnumType(AgentState, { name: 'AgentState' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(ApiScope, { name: 'ApiScope' });
registerEnumType(Permission, { name: 'Permission' });
registerEnumType(ActorKind, { name: 'ActorKind' });
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit entry records; stable names, new ones only added' });
registerEnumType(ListStatus, { name: 'ListStatus' });
registerEnumType(NumberFormat, {
  name: 'NumberFormat',
  description: 'How numbers are read and dialed',
  valuesConfig: {
    E164: { description: 'Normalised to E.164 in the default region (or the row’s region column); time zones derived from the number' },
    AS_DIALED: {
      description:
        'Kept exactly as given (optional leading +, 3 to 20 digits) and dialed unchanged; the time zone comes from the recipient, else the campaign calendar, never from the number',
    },
  },
});
registerEnumType(TenantStatus, {
  name: 'TenantStatus',
  description: 'Whether a tenant may use the platform',
  valuesConfig: {
    ACTIVE: { description: 'Its users, keys and campaigns work' },
    SUSPENDED: {
      description: 'Suspended by the platform operator: its campaigns are paused and its users and keys refused with the reason',
    },
  },
});
