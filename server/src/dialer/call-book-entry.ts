import type { AmdSettings, BroadcastAction, CallDestination } from '../entities/campaign-config';
import { DialingMode } from '../domain/campaign/campaign-type';
import type { CallMemory } from './call-end';
import type { ClaimedCall } from './claimed-call';
import type { OpenAttempt } from './reconcile';

/** What the CallBook keeps of one call between its events. */
export interface Entry {
  callId: string;
  campaignId: string;
  tenantId: string;
  recipientId: string;
  number: string;
  gatewayId: string | null;
  actions: readonly BroadcastAction[];
  minHoldSeconds: number;
  mem: CallMemory;
  confirmed: Set<string>;
  /** The confirmation prompt being played or waited on: only its digit counts now. */
  awaiting: BroadcastAction | null;
  /** The campaign's AMD setting: with HANGUP / PLAY the answer script waits for the verdict. */
  amd?: AmdSettings;
  /** Queue-watch or a QUEUE destination: the mod_callcenter queue the answered call is handed to after its actions. */
  queue?: string;
  /** A QUEUE destination's `maxWaiting`: more members waiting than this and the call is not sent (QUEUE_FULL). */
  queueMaxWaiting?: number;
  /** VOICE: the campaign's destination, where the call goes after its actions instead of a hangup. */
  destination?: CallDestination;
  /** When the queue took it (epoch ms): from then on the queue's count reflects the call. */
  queueJoinedMs?: number;
  /** A TRANSFER action began: the call is headed to that extension (IN_* from its bridge), whatever the campaign's destination. */
  transferred?: boolean;
  /** The destination stage last put on record (JSON), so only a change is written again. */
  stageOnRecord?: string;
  /** Set until the originate is sent. */
  timer: NodeJS.Timeout | null;
}

/** A claimed call's entry: where its answer goes (script, queue, destination) and what its end is judged by. */
export function plannedEntry(call: ClaimedCall): Entry {
  const agentCall = call.campaign.dialingMode != null && call.campaign.dialingMode !== DialingMode.QUEUE_WATCH;
  const entry: Entry = {
    callId: call.callId,
    campaignId: call.campaignId,
    tenantId: call.tenantId,
    recipientId: call.recipientId,
    number: call.number,
    gatewayId: call.gatewayId,
    actions: call.campaign.broadcastActions,
    minHoldSeconds: call.campaign.minSuccessSeconds,
    // The end is judged with it: an answered agent call that never reached an agent is ABANDONED.
    mem: { agentCall },
    confirmed: new Set(),
    awaiting: null,
    timer: null,
    amd: call.campaign.amd,
  };
  const dest: CallDestination | undefined = call.callbackExtension
    ? { kind: 'EXTENSION', target: call.callbackExtension }
    : (call.campaign.destination ?? undefined);
  // A QUEUE destination is handed over and judged like a queue-watch call (QUEUE_* outcomes).
  if (call.campaign.dialingMode === DialingMode.QUEUE_WATCH) entry.queue = call.campaign.queueName ?? undefined;
  else if (dest?.kind === 'QUEUE') {
    entry.queue = dest.target;
    entry.queueMaxWaiting = dest.maxWaiting;
  } else entry.destination = dest;
  return entry;
}

/**
 * A call the previous leader placed and the switch still has, as plannedEntry would have built
 * it, starting from where the old leader had seen it go (its stage on record: IN_*, IVR_*,
 * QUEUE_* are judged from there). `atDestination`: answered and past its script, so handed over.
 */
export function reattachedEntry(a: OpenAttempt, answered: boolean): { entry: Entry; atDestination: boolean } {
  const entry: Entry = {
    callId: a.callId,
    campaignId: a.campaignId,
    tenantId: a.tenantId,
    recipientId: a.recipientId,
    number: a.number,
    gatewayId: a.gatewayId,
    actions: a.broadcastActions,
    minHoldSeconds: 0,
    mem: { ...(a.stage ?? {}) },
    // Keys the old leader saw stay pressed: the resumed script does not ask again.
    confirmed: new Set(a.confirmed),
    awaiting: null,
    timer: null,
    stageOnRecord: a.stage ? JSON.stringify(a.stage) : undefined,
  };
  if (a.queueName) entry.queue = a.queueName;
  else if (a.destination?.kind === 'QUEUE') {
    entry.queue = a.destination.target;
    entry.queueMaxWaiting = a.destination.maxWaiting;
  } else entry.destination = a.destination ?? undefined;
  if (!answered) return { entry, atDestination: false };
  // The old leader had begun a TRANSFER: the call is (or is being) sent to that extension.
  if (a.scriptStep !== null && a.broadcastActions[a.scriptStep]?.kind === 'TRANSFER') {
    entry.transferred = true;
    entry.mem.extension ??= 'sent';
    entry.mem.queue = undefined;
    return { entry, atDestination: true };
  }
  const last = a.broadcastActions.length - 1;
  const atDestination = a.queueName !== null || (a.destination !== null && (a.scriptStep ?? -1) >= last);
  // An answered queue call past its script is taken to be in its queue (pending until counts catch up).
  if (atDestination && entry.queue) {
    entry.queueJoinedMs = Date.now();
    entry.mem.queue ??= 'joined';
  }
  if (atDestination && entry.destination?.kind === 'EXTENSION') entry.mem.extension ??= 'sent';
  return { entry, atDestination };
}
