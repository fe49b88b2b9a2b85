import type { EntityManager } from '@mikro-orm/postgresql';
import { asJson } from './sql-rows';

/** Something that happened during a call and is written before its end: answer, DTMF confirmations. */
export interface CallMark {
  callId: string;
  kind: 'answered' | 'answerConfirmed' | 'listenConfirmed';
  at: Date;
}

/**
 * Writes marks of calls still open, set-based: the attempt gets its time, and an answered
 * call moves its recipient DIALING -> IN_CALL (only for that very attempt, so a late mark can
 * never touch a later call to the same recipient).
 */
export async function writeCallMarks(em: EntityManager, marks: readonly CallMark[]): Promise<void> {
  if (marks.length === 0) return;
  const data = asJson(marks.map((m) => ({ call_id: m.callId, kind: m.kind, at: m.at.toISOString() })));
  await em.execute(`
    update call_attempt a set
      answered_at = case when v.kind = 'answered' then coalesce(a.answered_at, v.at) else a.answered_at end,
      answer_confirmed_at = case when v.kind = 'answerConfirmed' then coalesce(a.answer_confirmed_at, v.at) else a.answer_confirmed_at end,
      listen_confirmed_at = case when v.kind = 'listenConfirmed' then coalesce(a.listen_confirmed_at, v.at) else a.listen_confirmed_at end
    from jsonb_to_recordset(?::jsonb) as v(call_id uuid, kind text, at timestamptz)
    where a.call_id = v.call_id and a.ended_at is null`, [data]);
  await em.execute(`
    update campaign_recipient r set state = 'IN_CALL', updated_at = now()
    from call_attempt a, jsonb_to_recordset(?::jsonb) as v(call_id uuid, kind text, at timestamptz)
    where v.kind = 'answered' and a.call_id = v.call_id and a.ended_at is null and r.id = a.recipient_id and r.state = 'DIALING'`, [data]);
}
