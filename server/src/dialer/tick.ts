import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Outbox } from '../events/outbox';
import { RunState } from '../domain/campaign/run-state';
import { plan } from '../domain/dialer/planner';
import { debounceRunState } from '../domain/dialer/run-state-debounce';
import type { OriginateAction } from '../domain/dialer/planner-types';
import type { RunningCampaign } from './campaign-rows';
import { activateScheduled, writeRunStates, type RunStateChange } from './campaign-housekeeping';
import { claimAndRecord, moveWaiting, suppressDnc, type ClaimExtras, type ClaimRequest } from './claim';
import { completeFinishedCampaigns } from './completion';
import { endCampaignsPastCalendar, expirePastDeadline } from './campaign-deadlines';
import { PacingMemory } from './pacing-memory';
import type { ProfileWindows } from './agents/profile-window';
import type { RunStateMemory } from './run-state-memory';
import { buildTick, type SwitchView, type TickInput } from './snapshot-builder';
import { addRecipientChangesByCampaign, DIALER } from '../events/recipient-changes';
import type { RecipientChangeItem } from '../events/recipient-topics';
import { reserveForCalls, settleReservations } from './agents/reserve-for-calls';
import type { QueueSlotSource } from './agents/agent-slots';
import type { ClaimedCall } from './claimed-call';

export interface TickResult {
  outbox: Outbox;
  calls: ClaimedCall[];
  /** The earliest instant something changes by itself (retry due, calendar opens, pacing). */
  wakeAt: Date | null;
  running: RunningCampaign[];
}

export interface TickOptions {
  now: Date;
  tickSeconds: number;
  node: string;
  switchView: SwitchView;
  pacing: PacingMemory;
  /** Run states seen but not yet held long enough to publish (run-state-debounce.ts). */
  runStates: RunStateMemory;
  defaultDialString: string;
  activate: boolean;
  /** Queue-watch campaigns' free agents and pending calls (read without waiting on the switch). */
  queues?: QueueSlotSource;
  /** Abandon counts over the compliance profiles' windows, kept a minute (agents/profile-window.ts). */
  windows?: ProfileWindows;
}

/**
 * One dialer tick: read the snapshot, plan per tenant (pure), then in one transaction suppress
 * DNC recipients, expire/stop what the planner said, claim the recipients to call and write
 * their attempts, and store run states that changed and held for a second. Originating is left
 * to the caller, after commit.
 */
export async function runTick(em: EntityManager, o: TickOptions): Promise<TickResult> {
  const outbox = new Outbox();
  if (o.activate) await em.transactional((tem) => activateScheduled(tem, outbox, o.now));
  const input = await buildTick(em, o.now, o.tickSeconds, o.switchView, o.pacing, o.queues, o.windows);
  const requests: ClaimedCall[] = [];
  const expire: string[] = [];
  const stop: string[] = [];
  const dnc: string[] = [];
  const runStates: RunStateChange[] = [];
  const memory = o.runStates;
  memory.keepOnly(new Set(input.campaigns.keys()));
  const idle: string[] = [];
  let wakeAt: number | null = null;
  let placedOnSwitch = 0;

  for (const t of input.tenants) {
    const snap = t.snapshot;
    // Earlier tenants of this tick used the shared switch: pace and cap after them.
    snap.switch.lastOriginateAt = o.pacing.get(PacingMemory.SWITCH);
    if (snap.switch.maxSessions !== null) snap.switch.maxSessions -= placedOnSwitch;
    for (const c of snap.campaigns) for (const cand of c.candidates) if (cand.dnc) dnc.push(cand.recipientId);
    for (const a of plan(snap)) {
      if (a.type === 'originate') {
        const campaign = input.campaigns.get(a.campaignId);
        if (!campaign) continue;
        requests.push(toCall(a, campaign, t.tenantId, input.gateways.get(a.gatewayId ?? '')?.dialString ?? o.defaultDialString));
        o.pacing.noteCall({ campaignId: a.campaignId, tenantId: t.tenantId, gatewayId: a.gatewayId }, a.at);
        placedOnSwitch += 1;
      } else if (a.type === 'runState') {
        const campaign = input.campaigns.get(a.campaignId);
        if (!campaign) continue;
        const step = debounceRunState(
          campaign.runState === null ? null : { state: campaign.runState, reason: campaign.runStateReason },
          memory.get(a.campaignId),
          { state: a.state, reason: a.reason },
          o.now.getTime(),
        );
        memory.set(a.campaignId, step.pending);
        if (step.publish) runStates.push({ campaignId: a.campaignId, tenantId: t.tenantId, ...step.publish });
        const flight = snap.campaigns.find((c) => c.id === a.campaignId)?.inFlight;
        if (a.state === RunState.IDLE && flight && flight.internal + flight.external === 0) idle.push(a.campaignId);
      } else if (a.type === 'expire') expire.push(a.recipientId);
      else if (a.type === 'stop') stop.push(a.recipientId);
      else if (a.type === 'wake') wakeAt = wakeAt === null ? a.at.getTime() : Math.min(wakeAt, a.at.getTime());
    }
  }

  let ready: ClaimedCall[] = requests;
  const extras = new Map<string, ClaimExtras>();
  let pastDeadline: string[] = [];
  const moved = new Map<string, string>();
  const claimed = await em.transactional(async (tem) => {
    for (const id of await suppressDnc(tem, dnc, o.now)) moved.set(id, 'DNC');
    for (const id of await moveWaiting(tem, expire, 'EXPIRED', o.now)) moved.set(id, 'EXPIRED');
    if (o.activate) pastDeadline = await expirePastDeadline(tem, [...input.campaigns.keys()], o.now);
    for (const id of await moveWaiting(tem, stop, 'STOPPED', o.now)) moved.set(id, 'STOPPED');
    ready = await reserveForCalls(tem, outbox, requests, o.now);
    const ids = await claimAndRecord(tem, ready, o.node, o.now, extras);
    await settleReservations(tem, outbox, ready, ids, o.now);
    await writeRunStates(tem, outbox, runStates, o.now);
    return ids;
  });
  for (const r of ready) if (claimed.has(r.callId)) moved.set(r.recipientId, 'DIALING');
  addRecipientChangesByCampaign(outbox, changesOf(moved, input.tenants), DIALER, o.now);
  // Nothing left to dial and nothing in flight: the campaign may be finished.
  const finishing = [
    ...new Set([...idle, ...pastDeadline, ...(dnc.length + expire.length + stop.length > 0 ? [...input.campaigns.keys()] : [])]),
  ];
  if (finishing.length > 0) await em.transactional((tem) => completeFinishedCampaigns(tem, outbox, finishing, o.now));
  // A campaign whose calendar's validity is over can never dial again: it ends now.
  if (o.activate) await em.transactional((tem) => endCampaignsPastCalendar(tem, outbox, [...input.campaigns.values()], o.now));
  return {
    outbox,
    calls: ready.filter((r) => claimed.has(r.callId)).map((r) => withExtras(r, extras.get(r.callId))),
    wakeAt: wakeAt === null ? null : new Date(wakeAt),
    running: [...input.campaigns.values()],
  };
}

/** The recipients this tick moved, with their campaign (every one was a candidate of the snapshot). */
function changesOf(moved: ReadonlyMap<string, string>, tenants: TickInput['tenants']) {
  const out: Array<RecipientChangeItem & { tenantId: string; campaignId: string }> = [];
  if (moved.size === 0) return out;
  for (const t of tenants)
    for (const c of t.snapshot.campaigns)
      for (const cand of c.candidates) {
        const state = moved.get(cand.recipientId);
        if (state)
          out.push({ tenantId: t.tenantId, campaignId: c.id, recipientId: cand.recipientId, state, attempts: null, lastOutcome: null });
      }
  return out;
}

/**
 * A due callback with an extension goes there (dialer/destination.ts), not to the campaign's
 * destination; the recipient's fields ride along to the originate (channel variables).
 */
function withExtras(call: ClaimedCall, extra: ClaimExtras | undefined): ClaimedCall {
  if (!extra) return call;
  return {
    ...call,
    ...(extra.callbackExtension ? { callbackExtension: extra.callbackExtension } : {}),
    ...(extra.recipientFields ? { recipientFields: extra.recipientFields } : {}),
  };
}

function toCall(a: OriginateAction, campaign: RunningCampaign, tenantId: string, dialString: string): ClaimedCall {
  return {
    callId: randomUUID(),
    recipientId: a.recipientId,
    campaignId: a.campaignId,
    tenantId,
    number: a.number,
    gatewayId: a.gatewayId,
    at: a.at,
    campaign,
    dialString,
  };
}
