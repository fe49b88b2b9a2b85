import type { EntityManager } from '@mikro-orm/postgresql';
import type { DestinationStage } from '../domain/call/destination-outcome';
import type { BroadcastAction, CallDestination } from '../entities/campaign-config';
import type { LiveCall, SwitchPort } from '../switch/port';
import { rows } from './sql-rows';

/** An attempt that was open when this process became leader. */
export interface OpenAttempt {
  callId: string;
  campaignId: string;
  tenantId: string;
  recipientId: string;
  gatewayId: string | null;
  number: string;
  broadcastActions: BroadcastAction[];
  /** Queue-watch campaigns: the queue its answered calls were handed to. */
  queueName: string | null;
  /** The old leader recorded an answer (call-marks): a lost call was reached, not "never happened". */
  answeredAt: Date | null;
  /** The answer script's step the old leader had begun, and when (call-marks); null when none. */
  scriptStep: number | null;
  scriptStepAt: Date | null;
  /** VOICE: the campaign's destination (the call is handed there after its actions). */
  destination: CallDestination | null;
  /** Confirmation keys on record (call-marks): a resumed script does not ask for them again. */
  confirmed: Array<'CONFIRM_ANSWER' | 'CONFIRM_LISTEN'>;
  /** Where the old leader had seen the answered call go (extension leg, IVR, queue); null when nowhere yet. */
  stage: DestinationStage | null;
}

export interface Reconciliation {
  /** Still on the switch: their events will come; re-attach them. */
  live: Array<{ attempt: OpenAttempt; call: LiveCall }>;
  /** Unknown to the switch: the previous leader died before or after the call; close as INTERRUPTED (ANSWERED_LOST if answered). */
  gone: OpenAttempt[];
}

/**
 * Splits every attempt with `ended_at is null` into calls the switch still holds and calls it
 * does not. Throws when the switch cannot be asked (try again later, never guess).
 */
export async function reconcileOpenAttempts(em: EntityManager, port: SwitchPort): Promise<Reconciliation> {
  const open = await rows<{
    call_id: string;
    campaign_id: string;
    tenant_id: string;
    recipient_id: string;
    gateway_id: string | null;
    number: string;
    broadcast_actions: BroadcastAction[];
    queue_name: string | null;
    answered_at: Date | null;
    script_step: number | null;
    script_step_at: Date | null;
    answer_confirmed: boolean;
    listen_confirmed: boolean;
    destination: CallDestination | null;
    destination_stage: DestinationStage | null;
  }>(
    em,
    `
    select a.call_id, a.answered_at, a.script_step, a.script_step_at, a.answer_confirmed_at is not null as answer_confirmed,
      a.listen_confirmed_at is not null as listen_confirmed, a.destination_stage, a.campaign_id, c.tenant_id, a.recipient_id, a.gateway_id, a.number, c.broadcast_actions,
      case when c.type = 'AGENT' and c.dialing_mode = 'QUEUE_WATCH' then c.queue_name end as queue_name,
      case when c.type = 'VOICE' then c.destination end as destination
    from call_attempt a join campaign c on c.id = a.campaign_id where a.ended_at is null`,
  );
  if (open.length === 0) return { live: [], gone: [] };
  const liveCalls = new Map((await port.liveCalls()).map((c) => [c.callId, c]));
  const result: Reconciliation = { live: [], gone: [] };
  for (const o of open) {
    const attempt: OpenAttempt = {
      callId: o.call_id,
      campaignId: o.campaign_id,
      tenantId: o.tenant_id,
      recipientId: o.recipient_id,
      gatewayId: o.gateway_id,
      number: o.number,
      broadcastActions: o.broadcast_actions ?? [],
      queueName: o.queue_name,
      answeredAt: o.answered_at ? new Date(o.answered_at) : null,
      scriptStep: o.script_step,
      scriptStepAt: o.script_step_at ? new Date(o.script_step_at) : null,
      destination: o.destination,
      stage: o.destination_stage,
      confirmed: [...(o.answer_confirmed ? ['CONFIRM_ANSWER' as const] : []), ...(o.listen_confirmed ? ['CONFIRM_LISTEN' as const] : [])],
    };
    const call = liveCalls.get(o.call_id);
    if (call) result.live.push({ attempt, call });
    else result.gone.push(attempt);
  }
  return result;
}
