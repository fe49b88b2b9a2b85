import type { EntityManager } from '@mikro-orm/postgresql';
import type { Calendar } from '../domain/calendar/calendar';
import type { RunState, RunStateReason } from '../domain/campaign/run-state';
import type { DialingMode } from '../domain/campaign/campaign-type';
import type { CampaignStatus } from '../domain/campaign/campaign-status';
import { effectiveProfile, type ComplianceProfile } from '../domain/compliance/compliance-profile';
import { abandonMessageFile } from '../domain/compliance/abandon-message';
import type { AmdSettings, BroadcastAction, CallDestination } from '../entities/campaign-config';
import { DEFAULT_INTERNAL_PATTERN, classifyDirection } from '../domain/numbers/direction';
import { sqlArray } from '../db/sql-array';
import { rows, toDate } from './sql-rows';

/** A RUNNING campaign with what the runner needs to plan and to originate. */
export interface RunningCampaign {
  id: string;
  tenantId: string;
  name: string;
  priority: number;
  startedAt: Date;
  maxTotal: number;
  maxInternal: number | null;
  maxExternal: number | null;
  callsPerSecond: number;
  /** What the campaign shows now (null only if written around the API). */
  runState: RunState | null;
  runStateReason: RunStateReason | null;
  calendar: Calendar | null;
  callerIdName: string;
  callerIdNumber: string;
  ringTimeoutSeconds: number;
  /** Answered calls are held at least this long, so the policy does not see them as SHORT_CALL. */
  minSuccessSeconds: number;
  broadcastActions: BroadcastAction[];
  /** VOICE: where an answered call goes once its actions are done (with none: at once) instead of a hangup. */
  destination?: CallDestination | null;
  channelVariables: Record<string, string>;
  /** The billing code every call carries: the campaign's, else the tenant's (null: none). */
  accountcode: string | null;
  amd: AmdSettings;
  /** The file an abandoned answer hears (the campaign's, else the shipped safe-harbor message). */
  abandonMessage: string;
  gatewayIds: string[];
  /** Null for VOICE; an agent campaign's pacing mode (dialer/agents). */
  dialingMode: DialingMode | null;
  /** Queue-watch: the mod_callcenter queue whose free agents pace it and where answered calls go. */
  queueName: string | null;
  /** Queue-watch: calls per free agent, the campaign's own or else the tenant's. */
  queueMultiplier: number;
  /** The campaign's own compliance profile, else the tenant's. */
  complianceProfile: ComplianceProfile;
}

export interface GatewayRow {
  id: string;
  tenantId: string;
  name: string;
  dialString: string;
  enabled: boolean;
  maxConcurrent: number;
  callsPerSecond: number;
}

/** Open attempts grouped by campaign, gateway and direction. */
export interface InFlightRow {
  campaignId: string;
  tenantId: string;
  gatewayId: string | null;
  internal: boolean;
  n: number;
}

interface CampaignSql {
  id: string;
  tenant_id: string;
  name: string;
  priority: number;
  started_at: Date | string | null;
  created_at: Date | string;
  max_concurrent_calls: number;
  max_internal_calls: number | null;
  max_external_calls: number | null;
  calls_per_second: number;
  run_state: RunState | null;
  run_state_reason: RunStateReason | null;
  caller_id_name: string;
  caller_id_number: string;
  ring_timeout_seconds: number;
  min_success_seconds: number;
  broadcast_actions: BroadcastAction[];
  channel_variables: Record<string, string>;
  amd: AmdSettings;
  abandon_message: string | null;
  accountcode: string | null;
  cal_zone: string | null;
  cal_hours: Calendar['openHours'] | null;
  cal_exceptions: Calendar['exceptions'] | null;
  cal_from: string | null;
  cal_until: string | null;
  gateway_ids: string[] | null;
  dialing_mode: DialingMode | null;
  queue_name: string | null;
  queue_multiplier: number;
  destination: CallDestination | null;
  compliance_profile: string | null;
  tenant_profile: string | null;
  status: CampaignStatus;
  scheduled_at: Date | string | null;
}

/** Any campaign as the dialer would read it, with its status: what the waiting reasons read. */
export interface CampaignRow extends RunningCampaign {
  status: CampaignStatus;
  scheduledAt: Date | null;
}

/**
 * VOICE campaigns the dialer works on, and AGENT campaigns in the modes it supports (all of them),
 * of ACTIVE tenants only: a suspended tenant is never dialed for, even if a campaign of it is
 * still RUNNING (its suspension pauses them one by one, after the suspension is committed).
 */
export function loadRunningCampaigns(em: EntityManager): Promise<CampaignRow[]> {
  return selectCampaigns(
    em,
    `c.status = 'RUNNING' and c.deleted_at is null and not c.is_template
      and (c.type = 'VOICE' or (c.type = 'AGENT' and c.dialing_mode in ('PROGRESSIVE', 'PREDICTIVE', 'PREVIEW', 'QUEUE_WATCH')))
      and exists (select 1 from tenant t where t.id = c.tenant_id and t.status = 'ACTIVE')`,
    [],
  );
}

/** Campaigns by id, whatever their status, read exactly as the dialer reads the running ones. */
export function loadCampaignsByIds(em: EntityManager, ids: readonly string[]): Promise<CampaignRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectCampaigns(em, 'c.id = any(?::uuid[])', [sqlArray([...ids])]);
}

async function selectCampaigns(em: EntityManager, where: string, params: unknown[]): Promise<CampaignRow[]> {
  const list = await rows<CampaignSql>(
    em,
    `
    select c.status, c.scheduled_at, c.id, c.tenant_id, c.name, c.priority, c.started_at, c.created_at, c.max_concurrent_calls,
      c.max_internal_calls, c.max_external_calls, c.calls_per_second, c.run_state, c.run_state_reason, c.caller_id_name,
      c.caller_id_number, c.ring_timeout_seconds, c.min_success_seconds, c.broadcast_actions, c.channel_variables, c.amd,
      c.abandon_message, coalesce(c.accountcode, ts.accountcode) as accountcode,
      case when c.type = 'VOICE' then c.destination end as destination,
      case when c.type = 'AGENT' then c.dialing_mode end as dialing_mode,
      c.queue_name, coalesce(c.queue_multiplier, ts.queue_multiplier, 1) as queue_multiplier,
      c.compliance_profile, ts.compliance_profile as tenant_profile,
      k.time_zone as cal_zone, k.open_hours as cal_hours, k.exceptions as cal_exceptions,
      k.valid_from::text as cal_from, k.valid_until::text as cal_until,
      (select array_agg(g.gateway_id::text order by g.gateway_id) from campaign_gateway g where g.campaign_id = c.id) as gateway_ids
    from campaign c left join calendar k on k.id = c.calendar_id left join tenant_settings ts on ts.tenant_id = c.tenant_id
    where ${where}`,
    params,
  );
  return list.map((c) => ({
    status: c.status,
    scheduledAt: toDate(c.scheduled_at),
    id: c.id,
    tenantId: c.tenant_id,
    name: c.name,
    priority: c.priority,
    startedAt: toDate(c.started_at) ?? toDate(c.created_at) ?? new Date(0),
    maxTotal: c.max_concurrent_calls,
    maxInternal: c.max_internal_calls,
    maxExternal: c.max_external_calls,
    callsPerSecond: c.calls_per_second,
    runState: c.run_state,
    runStateReason: c.run_state_reason,
    calendar: c.cal_zone
      ? {
          timeZone: c.cal_zone,
          openHours: c.cal_hours ?? [],
          exceptions: c.cal_exceptions ?? [],
          validFrom: c.cal_from,
          validUntil: c.cal_until,
        }
      : null,
    callerIdName: c.caller_id_name,
    callerIdNumber: c.caller_id_number,
    ringTimeoutSeconds: c.ring_timeout_seconds,
    minSuccessSeconds: c.min_success_seconds,
    broadcastActions: c.broadcast_actions ?? [],
    destination: c.destination,
    channelVariables: c.channel_variables ?? {},
    accountcode: c.accountcode,
    amd: c.amd,
    abandonMessage: abandonMessageFile(c.abandon_message),
    gatewayIds: c.gateway_ids ?? [],
    dialingMode: c.dialing_mode,
    queueName: c.queue_name,
    queueMultiplier: c.queue_multiplier,
    complianceProfile: effectiveProfile(c.compliance_profile, c.tenant_profile),
  }));
}

export async function loadGateways(em: EntityManager, tenantIds: string[]): Promise<Map<string, GatewayRow>> {
  const list = await rows<{
    id: string;
    tenant_id: string;
    name: string;
    dial_string: string;
    enabled: boolean;
    max_concurrent: number;
    calls_per_second: number;
  }>(
    em,
    `select id, tenant_id, name, dial_string, enabled, max_concurrent, calls_per_second from gateway where tenant_id = any(?::uuid[])`,
    [sqlArray(tenantIds)],
  );
  return new Map(
    list.map((g) => [
      g.id,
      {
        id: g.id,
        tenantId: g.tenant_id,
        name: g.name,
        dialString: g.dial_string,
        enabled: g.enabled,
        maxConcurrent: g.max_concurrent,
        callsPerSecond: g.calls_per_second,
      },
    ]),
  );
}

/**
 * Every open attempt counts, whatever its campaign's status: they hold switch capacity. Its
 * direction is judged here, on RE2 like the planner's (domain/numbers/direction.ts), not with
 * PostgreSQL's `~`: a tenant's pattern is RE2 syntax, and only RE2 promises linear time.
 */
export async function loadInFlight(em: EntityManager): Promise<InFlightRow[]> {
  const list = await rows<{
    campaign_id: string;
    tenant_id: string;
    gateway_id: string | null;
    number: string;
    pattern: string | null;
    n: number;
  }>(
    em,
    `
    select a.campaign_id, c.tenant_id, a.gateway_id, a.number, ts.internal_number_pattern as pattern, count(*)::int as n
    from call_attempt a join campaign c on c.id = a.campaign_id left join tenant_settings ts on ts.tenant_id = c.tenant_id
    where a.ended_at is null group by 1, 2, 3, 4, 5`,
  );
  const groups = new Map<string, InFlightRow>();
  for (const r of list) {
    const internal = classifyDirection(r.number, r.pattern ?? DEFAULT_INTERNAL_PATTERN) === 'internal';
    const key = `${r.campaign_id}|${r.gateway_id ?? ''}|${internal}`;
    const group = groups.get(key);
    if (group) group.n += r.n;
    else groups.set(key, { campaignId: r.campaign_id, tenantId: r.tenant_id, gatewayId: r.gateway_id, internal, n: r.n });
  }
  return [...groups.values()];
}
