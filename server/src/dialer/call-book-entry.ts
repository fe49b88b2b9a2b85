import type { AmdSettings, BroadcastAction, CallDestination } from '../entities/campaign-config';
import { DialingMode } from '../domain/campaign/campaign-type';
import type { CallMemory } from './call-end';
import type { ClaimedCall } from './claimed-call';

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
