import type { EntityManager } from '@mikro-orm/postgresql';
import type { DestinationStage } from '../domain/call/destination-outcome';
import { asJson, rows } from './sql-rows';

/** Something that happened during a call and is written before its end: the switch accepting it, answer, DTMF confirmations. */
export type CallMark =
  | { callId: string; kind: 'originated' | 'answered' | 'answerConfirmed' | 'listenConfirmed'; at: Date }
  /** The answer script began its action `step` (a new leader resumes a re-attached call there). */
  | { callId: string; kind: 'step'; step: number; at: Date }
  /** Where the answered call went so far (extension leg, IVR, queue): a new leader judges its end from it. */
  | { callId: string; kind: 'stage'; stage: DestinationStage; at: Date };

/** A recipient an answer moved to IN_CALL. */
export interface AnsweredRecipient {
  recipientId: string;
  campaignId: string;
  tenantId: string;
}

/**
 * Writes marks of calls still open, set-based: the attempt gets its time, and an answered
 * call moves its recipient DIALING -> IN_CALL (only for that very attempt, so a late mark can
 * never touch a later call to the same recipient). Returns the recipients moved to IN_CALL.
 */
export async function writeCallMarks(em: EntityManager, marks: readonly CallMark[]): Promise<AnsweredRecipient[]> {
  if (marks.length === 0) return [];
  const data = asJson(
    marks.map((m) => ({
      call_id: m.callId,
      kind: m.kind,
      at: m.at.toISOString(),
      step: m.kind === 'step' ? m.step : null,
      stage: m.kind === 'stage' ? m.stage : null,
    })),
  );
  // One row per call: an UPDATE … FROM applies only one of several source rows matching the same
  // target row, so an answer and its confirmation in one batch would otherwise lose one of them.
  await em.execute(
    `
    update call_attempt a set
      originated_at = coalesce(a.originated_at, v.originated),
      answered_at = coalesce(a.answered_at, v.answered),
      answer_confirmed_at = coalesce(a.answer_confirmed_at, v.confirmed),
      listen_confirmed_at = coalesce(a.listen_confirmed_at, v.listened)
    from (
      select call_id, min(at) filter (where kind = 'originated') as originated, min(at) filter (where kind = 'answered') as answered, min(at) filter (where kind = 'answerConfirmed') as confirmed,
        min(at) filter (where kind = 'listenConfirmed') as listened
      from jsonb_to_recordset(?::jsonb) as m(call_id uuid, kind text, at timestamptz) group by call_id
    ) v
    where a.call_id = v.call_id and a.ended_at is null`,
    [data],
  );
  const answered = await rows<{ id: string; campaign_id: string; tenant_id: string }>(
    em,
    `
    update campaign_recipient r set state = 'IN_CALL', updated_at = now()
    from call_attempt a, campaign c, jsonb_to_recordset(?::jsonb) as v(call_id uuid, kind text, at timestamptz)
    where v.kind = 'answered' and a.call_id = v.call_id and a.ended_at is null and r.id = a.recipient_id and r.state = 'DIALING'
      and c.id = r.campaign_id
    returning r.id::text as id, r.campaign_id, c.tenant_id`,
    [data],
  );
  const moved = answered.map((r) => ({ recipientId: r.id, campaignId: r.campaign_id, tenantId: r.tenant_id }));
  if (marks.some((m) => m.kind === 'stage'))
    // Each stage mark is the whole picture at its moment: the batch's last one per call wins
    // (batches are written in order, so a later batch is a later picture).
    await em.execute(
      `
      update call_attempt a set destination_stage = v.stage
      from (
        select distinct on (m.j->>'call_id') (m.j->>'call_id')::uuid as call_id, m.j->'stage' as stage
        from jsonb_array_elements(?::jsonb) with ordinality as m(j, n)
        where m.j->>'kind' = 'stage' order by m.j->>'call_id', m.n desc
      ) v
      where a.call_id = v.call_id and a.ended_at is null`,
      [data],
    );
  if (!marks.some((m) => m.kind === 'step')) return moved;
  // The latest step begun per call; a late batch never moves a call's step back.
  await em.execute(
    `
    update call_attempt a set script_step = v.step, script_step_at = v.at
    from (
      select distinct on (call_id) call_id, step, at from jsonb_to_recordset(?::jsonb) as m(call_id uuid, kind text, at timestamptz, step int)
      where kind = 'step' order by call_id, step desc
    ) v
    where a.call_id = v.call_id and a.ended_at is null and (a.script_step is null or a.script_step < v.step)`,
    [data],
  );
  return moved;
}
