import type { EntityManager } from '@mikro-orm/postgresql';
import type { CallOutcome } from '../domain/call/call-outcome';
import type { CauseOverrides } from '../domain/call/cause-policy';
import { judge, type CallEnd } from './call-end';
import { confirmationOf } from './confirmation-record';
import { awaitResult } from './agents/await-result';
import { asJson, rows } from './sql-rows';

/** One recorded call end, for live events and the caller's bookkeeping. */
export interface RecordedEnd {
  callId: string;
  campaignId: string;
  tenantId: string;
  recipientId: string;
  gatewayId: string | null;
  outcome: CallOutcome;
  answered: boolean;
  recipientState: string;
  /** The recipient's counted attempts after this end. */
  attempts: number;
  /** The number called (live feed rows show it on hangup too). */
  number: string;
  /** Set when the outcome is ABANDONED: why nobody took the answered call. */
  abandonReason: string | null;
  endedAt: Date;
}

interface OpenSql {
  id: string;
  call_id: string;
  number: string;
  abandon_reason: string | null;
  campaign_id: string;
  recipient_id: string;
  gateway_id: string | null;
  tenant_id: string;
  attempts: number;
  extra_attempts: number;
  next_number_index: number;
  max_attempts: number;
  retry_wait_seconds: number;
  min_success_seconds: number;
  cause_policy: CauseOverrides | null;
  /** Wait-for-result campaign and the agent took the call: the agent's result decides the attempt. */
  awaits_result: boolean;
  abandoned: boolean;
  bridged: boolean;
  uncounted_in_a_row: number;
  max_uncounted_attempts: number;
  /** Confirmation keys the campaign asks for and those on record (domain/call/confirmation.ts). */
  answer_asked: boolean;
  listen_asked: boolean;
  answer_confirmed: boolean;
  listen_confirmed: boolean;
}

/**
 * Records a batch of call ends in the caller's transaction: closes each open attempt (times,
 * cause, Q.850, SIP status, bill seconds, outcome, counted), then moves each recipient by
 * the cause policy and applyAttemptResult. Set-based: one read under lock and two updates,
 * however many calls ended, so outcomes keep up at hundreds of calls per second. Ends for
 * attempts already closed (a late event after reconciliation) are ignored.
 */
export async function recordCallEnds(em: EntityManager, ends: readonly CallEnd[], now: Date): Promise<RecordedEnd[]> {
  if (ends.length === 0) return [];
  const open = await rows<OpenSql>(
    em,
    `
    select a.id, a.call_id, a.number, a.abandon_reason, a.campaign_id, a.recipient_id, a.gateway_id, c.tenant_id, r.attempts, r.extra_attempts,
      r.uncounted_in_a_row, c.max_uncounted_attempts,
      r.next_number_index, c.max_attempts, c.retry_wait_seconds, c.min_success_seconds, c.cause_policy,
      (c.wait_for_result and a.bridged_at is not null) as awaits_result, a.abandoned, a.bridged_at is not null as bridged,
      coalesce(c.broadcast_actions @> '[{"kind":"CONFIRM_ANSWER"}]', false) as answer_asked,
      coalesce(c.broadcast_actions @> '[{"kind":"CONFIRM_LISTEN"}]', false) as listen_asked,
      a.answer_confirmed_at is not null as answer_confirmed, a.listen_confirmed_at is not null as listen_confirmed
    from call_attempt a join campaign_recipient r on r.id = a.recipient_id join campaign c on c.id = a.campaign_id
    where a.call_id = any(?::uuid[]) and a.ended_at is null
    order by a.recipient_id
    for update of a, r`,
    [`{${ends.map((e) => e.callId).join(',')}}`],
  );
  const byCall = new Map(ends.map((e) => [e.callId, e]));
  const attempts: Array<Record<string, string | number | boolean | null>> = [];
  const recipients: Array<Record<string, string | number | null>> = [];
  const recorded: RecordedEnd[] = [];
  for (const o of open) {
    const end = byCall.get(o.call_id);
    if (!end) continue;
    const judged = judge(
      { ...end, confirmation: confirmationOf(o) },
      {
        attempts: o.attempts,
        extraAttempts: o.extra_attempts,
        numberCursor: o.next_number_index,
        maxAttempts: o.max_attempts,
        retryWaitSeconds: o.retry_wait_seconds,
        policy: { overrides: o.cause_policy ?? {}, minSuccessSeconds: o.min_success_seconds },
        abandoned: o.abandoned,
        bridged: o.bridged,
        uncountedInARow: o.uncounted_in_a_row,
        maxUncounted: o.max_uncounted_attempts,
      },
      now,
    );
    const v = o.awaits_result ? awaitResult(judged, o.attempts, o.next_number_index) : judged;
    attempts.push({
      id: o.id,
      ended_at: end.at.toISOString(),
      originated_at: end.originatedAt?.toISOString() ?? null,
      ringing_at: end.ringingAt?.toISOString() ?? null,
      answered_at: end.answeredAt?.toISOString() ?? null,
      cause: end.cause,
      q850: end.q850,
      sip: end.sipStatus,
      bill: end.billSeconds,
      amd: end.amdResult,
      outcome: v.outcome,
      counted: v.result.counted,
      reason: v.abandonReason ?? null,
    });
    // A READY recipient gets "due now" so the retry index (ordered by next_attempt_at) finds it.
    const nextAt = v.result.nextAttemptAt ?? (v.result.state === 'READY' ? now : null);
    recipients.push({
      id: o.recipient_id,
      state: v.result.state,
      attempts: v.result.attempts,
      next_at: nextAt?.toISOString() ?? null,
      outcome: v.outcome,
      dur: end.billSeconds,
      cursor: v.numberCursor,
      uncounted: v.result.uncountedInARow,
    });
    recorded.push({
      callId: o.call_id,
      campaignId: o.campaign_id,
      tenantId: o.tenant_id,
      recipientId: o.recipient_id,
      gatewayId: o.gateway_id,
      outcome: v.outcome,
      answered: end.answeredAt !== null,
      recipientState: v.result.state,
      attempts: v.result.attempts,
      number: o.number,
      abandonReason: v.outcome === 'ABANDONED' ? (o.abandon_reason ?? v.abandonReason ?? null) : null,
      endedAt: end.at,
    });
  }
  if (attempts.length === 0) return [];
  await em.execute(
    `
    update call_attempt a set ended_at = v.ended_at, originated_at = coalesce(v.originated_at, a.originated_at), ringing_at = coalesce(a.ringing_at, v.ringing_at),
      answered_at = coalesce(a.answered_at, v.answered_at), hangup_cause = v.cause, q850 = v.q850, sip_status = v.sip,
      bill_seconds = v.bill, amd_result = v.amd, outcome = v.outcome::call_outcome, counted = v.counted,
      abandoned = a.abandoned or v.outcome = 'ABANDONED',
      abandon_reason = case when v.outcome = 'ABANDONED' then coalesce(a.abandon_reason, v.reason) else a.abandon_reason end
    from jsonb_to_recordset(?::jsonb) as v(id bigint, ended_at timestamptz, originated_at timestamptz, ringing_at timestamptz, answered_at timestamptz,
      cause text, q850 int, sip int, bill int, amd text, outcome text, counted boolean, reason text)
    where a.id = v.id`,
    [asJson(attempts)],
  );
  await em.execute(
    `
    update campaign_recipient r set state = v.state::recipient_state, attempts = v.attempts, next_attempt_at = v.next_at,
      last_outcome = v.outcome::call_outcome, last_duration_seconds = v.dur, next_number_index = v.cursor, uncounted_in_a_row = v.uncounted,
      updated_at = ?
    from jsonb_to_recordset(?::jsonb) as v(id bigint, state text, attempts int, next_at timestamptz, outcome text, dur int, cursor int, uncounted int)
    where r.id = v.id and r.state in ('DIALING', 'IN_CALL')`,
    [now, asJson(recipients)],
  );
  return recorded;
}
