import type { EntityManager } from '@mikro-orm/postgresql';
import { applyReportedResult } from '../../domain/recipient/reported-result';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { asJson, rows } from '../sql-rows';

interface WaitingSql {
  id: string;
  attempts: number;
  extra_attempts: number;
  next_number_index: number;
  max_attempts: number;
  retry_wait_seconds: number;
  numbers: Array<{ number: string; priority: number; stopped: boolean }>;
}

/**
 * Wait-for-result mode: a recipient still WAITING_AGENT more than the campaign's wrap-up time
 * after its call ended gets no result any more: the attempt counts as unsuccessful
 * (the same rules as a reported `success: false`). Returns how many were moved.
 */
export async function expireAwaitedResults(em: EntityManager, now: Date): Promise<number> {
  return em.transactional(async (tem) => {
    const waiting = await rows<WaitingSql>(
      tem,
      `
      select r.id, r.attempts, r.extra_attempts, r.next_number_index, c.max_attempts, c.retry_wait_seconds,
        coalesce((select jsonb_agg(jsonb_build_object('number', p.number, 'priority', p.priority, 'stopped', p.stopped) order by p.priority desc, p.id)
                  from recipient_phone p where p.recipient_id = r.id), '[]'::jsonb) as numbers
      from campaign_recipient r join campaign c on c.id = r.campaign_id
      where r.state = 'WAITING_AGENT' and c.wait_for_result
        -- updated_at is when the outcome writer parked it (the runner's clock; call times are the switch's).
        and r.updated_at <= ?::timestamptz - make_interval(secs => c.wrap_up_seconds)
        and not exists (select 1 from call_attempt a where a.recipient_id = r.id and a.ended_at is null)
      for update of r skip locked`,
      [now],
    );
    const moves = waiting.flatMap((w) => {
      const r = applyReportedResult(
        {
          state: RecipientState.WAITING_AGENT,
          attempts: w.attempts,
          extraAttempts: w.extra_attempts,
          numberCursor: w.next_number_index,
          numbers: w.numbers,
          maxAttempts: w.max_attempts,
          retryWaitSeconds: w.retry_wait_seconds,
          decidesAttempt: true,
          now,
        },
        { success: false },
      );
      return r.ok
        ? [{ id: w.id, state: r.change.state, attempts: r.change.attempts, next_at: r.change.nextAttemptAt?.toISOString() ?? null }]
        : [];
    });
    if (moves.length === 0) return 0;
    await tem.execute(
      `
      update campaign_recipient r set state = v.state::recipient_state, attempts = v.attempts, next_attempt_at = v.next_at, updated_at = ?
      from jsonb_to_recordset(?::jsonb) as v(id bigint, state text, attempts int, next_at timestamptz)
      where r.id = v.id and r.state = 'WAITING_AGENT'`,
      [now, asJson(moves)],
    );
    return moves.length;
  });
}
