import { accountcodeProblem } from '../../domain/telephony/switch-text';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import type { BroadcastAction, CallDestination } from '../../entities/campaign-config';
import { Calendar } from '../../entities/calendar.entity';
import type { Campaign } from '../../entities/campaign.entity';
import { Gateway } from '../../entities/gateway.entity';
import type { BroadcastActionData, CampaignSettingsData, KeyValueData } from './campaign-settings-data';
import { defaultCallsPerSecond, isDefaultSpeed } from '../../domain/campaign/default-speed';
import { isSupportedRegion } from '../../domain/numbers/phone-normalize';
import { channelVariableNameProblem, channelVariableValueProblem } from '../../domain/telephony/channel-variables';
import { callerIdNameProblem, queueNameProblem } from '../../domain/telephony/switch-text';
import { badInput, conflict } from '../../errors/app-error';
import { loadOwned } from '../load-owned';
import { requireDncLists } from '../settings/dnc-lists';

// Scalar settings copied as given; `null` clears a nullable one, `undefined` leaves it.
const SCALARS = [
  'description',
  'type',
  'dialingMode',
  'complianceProfile',
  'callerIdName',
  'callerIdNumber',
  'priority',
  'maxConcurrentCalls',
  'maxInternalCalls',
  'maxExternalCalls',
  'callsPerSecond',
  'maxAttempts',
  'retryWaitSeconds',
  'maxUncountedAttempts',
  'sendRecipientFields',
  'ringTimeoutSeconds',
  'minSuccessSeconds',
  'completionThreshold',
  'abandonRateTarget',
  'abandonMessage',
  'wrapUpSeconds',
  'waitForResult',
  'queueName',
  'queueMultiplier',
  'defaultRegion',
  'numberFormat',
  'accountcode',
] as const;

/**
 * Applies settings to a campaign: references must belong to the caller's tenant, and the
 * rules that span fields (an AGENT campaign needs a dialing mode, a WAIT needs seconds…)
 * are checked here so every path that writes settings obeys them.
 */
export async function applyCampaignSettings(
  em: EntityManager,
  campaign: Campaign,
  input: CampaignSettingsData,
  tenantId: string,
): Promise<void> {
  const target = campaign as unknown as Record<string, unknown>;
  if (input.defaultRegion != null && !isSupportedRegion(input.defaultRegion))
    throw badInput('defaultRegion', `${input.defaultRegion} is not a region libphonenumber can read numbers in`);
  const badCode = input.accountcode != null ? accountcodeProblem(input.accountcode) : undefined;
  if (badCode) throw badInput('accountcode', badCode);
  if (input.numberFormat != null && input.numberFormat !== campaign.numberFormat) {
    // Numbers already read (and deduplicated) in one format would be mixed with the other's.
    const [row] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from campaign_recipient where campaign_id = ?', [
      campaign.id,
    ]);
    if ((row?.n ?? 0) > 0) throw conflict(`Campaign "${campaign.name}" has recipients; its number format is fixed (clone it to change)`);
  }
  if (input.templateEnabled != null) {
    if (!campaign.isTemplate) throw badInput('templateEnabled', 'only a template is enabled or disabled');
    campaign.templateEnabled = input.templateEnabled;
  }
  // A speed left at its default follows the concurrency (domain/campaign/default-speed.ts).
  const speedIsDefault = isDefaultSpeed(campaign.callsPerSecond, campaign.maxConcurrentCalls);
  for (const key of SCALARS) {
    const value = input[key];
    if (value !== undefined) target[key] = value ?? undefined;
  }
  if (input.callsPerSecond == null && speedIsDefault) campaign.callsPerSecond = defaultCallsPerSecond(campaign.maxConcurrentCalls);
  if (input.gatewayIds !== undefined) {
    const ids = [...new Set(input.gatewayIds)];
    const gateways = await em.find(Gateway, { id: { $in: ids }, tenant: tenantId });
    const missing = ids.filter((id) => !gateways.some((g) => g.id === id));
    if (missing.length > 0) throw badInput('gatewayIds', `no gateway ${missing.join(', ')} in this tenant`);
    campaign.gateways.set(gateways);
  }
  if (input.calendarId !== undefined) {
    campaign.calendar =
      input.calendarId === null
        ? undefined
        : await loadOwned(em, Calendar, 'Calendar', input.calendarId, tenantId).catch(() => {
            throw badInput('calendarId', `no calendar ${input.calendarId} in this tenant`);
          });
  }
  // No list at all would dial numbers people asked not to be called: null means every list.
  if (input.dncLists?.length === 0) throw badInput('dncLists', 'name at least one DNC list, or none (null) to honour every list');
  if (input.dncLists !== undefined) {
    campaign.dncLists =
      input.dncLists === null ? undefined : await requireDncLists(em, tenantId, input.dncLists, 'dncLists', campaign.dncLists ?? []);
  }
  if (input.causePolicy !== undefined) {
    campaign.causePolicy = Object.fromEntries(input.causePolicy.map((e) => [e.cause, e.action]));
  }
  if (input.broadcastActions !== undefined) campaign.broadcastActions = input.broadcastActions.map(toBroadcastAction);
  if (input.destination !== undefined) campaign.destination = input.destination ? toDestination(input.destination) : undefined;
  if (input.channelVariables !== undefined) campaign.channelVariables = toChannelVariables(input.channelVariables);
  if (input.amd !== undefined) campaign.amd = { enabled: input.amd.enabled, onMachine: input.amd.onMachine };
  checkConsistency(campaign);
}

function checkConsistency(c: Campaign): void {
  if (c.type === CampaignType.AGENT && !c.dialingMode)
    throw badInput('dialingMode', 'an AGENT campaign needs a dialing mode (PREVIEW, PROGRESSIVE, PREDICTIVE or QUEUE_WATCH)');
  if (c.type !== CampaignType.AGENT && c.dialingMode) throw badInput('dialingMode', 'only AGENT campaigns have a dialing mode');
  if (c.dialingMode === DialingMode.QUEUE_WATCH) {
    if (!c.queueName?.trim())
      throw badInput('queueName', 'a QUEUE_WATCH campaign needs the FreeSWITCH callcenter queue to watch, e.g. sales@default');
    const why = queueNameProblem(c.queueName);
    if (why) throw badInput('queueName', why);
  }
  if (c.maxInternalCalls !== undefined && c.maxInternalCalls > c.maxConcurrentCalls * 100)
    throw badInput('maxInternalCalls', 'is out of range');
}

/** A destination as stored; a waiting limit is a queue's only (an extension has no queue to fill). */
function toDestination(d: NonNullable<CampaignSettingsData['destination']>): CallDestination {
  if (d.maxWaiting == null) return { kind: d.kind, target: d.target };
  if (d.kind !== 'QUEUE') throw badInput('destination.maxWaiting', 'only a QUEUE destination has a waiting limit');
  if (!Number.isInteger(d.maxWaiting) || d.maxWaiting < 1) throw badInput('destination.maxWaiting', 'must be a whole number of at least 1');
  return { kind: d.kind, target: d.target, maxWaiting: d.maxWaiting };
}

/**
 * The edge refuses these already (with the same rules); commands are also called from other
 * paths, and a variable FreeSWITCH would run must never be stored.
 */
function toChannelVariables(list: KeyValueData[]): Record<string, string> {
  list.forEach((kv, i) => {
    const keyProblem = channelVariableNameProblem(kv.key);
    if (keyProblem) throw badInput(`channelVariables[${i}].key`, keyProblem);
    const valueProblem = channelVariableValueProblem(kv.value);
    if (valueProblem) throw badInput(`channelVariables[${i}].value`, valueProblem);
  });
  return Object.fromEntries(list.map((kv) => [kv.key, kv.value]));
}

/**
 * Settings stored before the switch rules existed (or written around the API) are checked
 * again when a campaign is about to dial: a refused variable or caller ID name would
 * otherwise fail every call at the switch adapter. The person gets the field to fix instead.
 */
export function checkSwitchSettings(c: Campaign): void {
  Object.entries(c.channelVariables ?? {}).forEach(([key, value], i) => {
    const why = channelVariableNameProblem(key) ?? channelVariableValueProblem(value);
    if (why) throw badInput(`channelVariables[${i}]`, `${key}: ${why}; change the campaign's channel variables to start it`);
  });
  const name = callerIdNameProblem(c.callerIdName ?? '');
  if (name) throw badInput('callerIdName', name);
}

function need<T>(value: T | undefined, index: number, field: string, kind: string): T {
  if (value === undefined || value === null) throw badInput(`broadcastActions[${index}].${field}`, `is required for ${kind}`);
  return value;
}

/** A confirmation's own wait per prompt (`seconds`), kept only when given. */
function waitFor(a: BroadcastActionData): { seconds?: number } {
  return a.seconds === undefined || a.seconds === null ? {} : { seconds: a.seconds };
}

function toBroadcastAction(a: BroadcastActionData, i: number): BroadcastAction {
  switch (a.kind) {
    case 'PLAY':
      return { kind: 'PLAY', file: need(a.file, i, 'file', a.kind) };
    case 'WAIT':
      return { kind: 'WAIT', seconds: need(a.seconds, i, 'seconds', a.kind) };
    case 'TRANSFER':
      return { kind: 'TRANSFER', extension: need(a.extension, i, 'extension', a.kind) };
    case 'CONFIRM_ANSWER':
      return { kind: 'CONFIRM_ANSWER', digit: a.digit ?? '1', file: need(a.file, i, 'file', a.kind), ...waitFor(a) };
    case 'CONFIRM_LISTEN':
      return { kind: 'CONFIRM_LISTEN', digit: a.digit ?? '9', file: need(a.file, i, 'file', a.kind), repeat: a.repeat ?? 2, ...waitFor(a) };
  }
}
