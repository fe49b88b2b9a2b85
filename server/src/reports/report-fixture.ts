import type { MikroORM } from '@mikro-orm/postgresql';

/** A recipient of a test campaign with a known outcome. */
export interface FixtureRecipient {
  name: string;
  state: string;
  attempts: number;
  lastOutcome: string | null;
  tags: string[];
  lastDuration: number | null;
  lastAttemptAt: string | null;
  numbers: string[];
}

/** One call attempt of a fixture recipient (by name); unset timestamps stay null. */
export interface FixtureAttempt {
  recipient: string;
  attemptNumber: number;
  createdAt: string;
  outcome: string;
  answeredAt?: string;
  billSeconds?: number;
  abandoned?: boolean;
  abandonReason?: string;
  bridgeFailureCause?: string;
  counted?: boolean;
  originatedAt?: string;
  ringingAt?: string;
  bridgedAt?: string;
  answerConfirmedAt?: string;
  listenConfirmedAt?: string;
  endedAt?: string;
  hangupCause?: string;
  q850?: number;
  sipStatus?: number;
}

/**
 * Writes recipients, numbers and attempts straight into the tables, as the dialer would have
 * left them, so report tests know every figure in advance. Returns recipient ids by name.
 */
export async function seedCampaign(
  orm: MikroORM,
  campaignId: string,
  recipients: FixtureRecipient[],
  attempts: FixtureAttempt[],
): Promise<Map<string, string>> {
  const conn = orm.em.fork().getConnection();
  const ids = new Map<string, string>();
  for (const r of recipients) {
    const [row] = await conn.execute<Array<{ id: string }>>(
      `insert into campaign_recipient (campaign_id, external_id, name, state, fields, original_line, tags, attempts, last_outcome,
         last_duration_seconds, last_attempt_at, disposition, created_at, updated_at)
       values (?, ?, ?, ?::recipient_state, ?::jsonb, ?, ?::text[], ?, ?::call_outcome, ?, ?, ?, now(), now()) returning id`,
      [
        campaignId,
        `ext-${r.name}`,
        r.name,
        r.state,
        JSON.stringify({ code: `C-${r.name}` }),
        `${r.numbers.join('|')},${r.name},C-${r.name}`,
        `{${r.tags.join(',')}}`,
        r.attempts,
        r.lastOutcome,
        r.lastDuration,
        r.lastAttemptAt,
        r.lastOutcome === 'ANSWERED' ? 'sale' : null,
      ],
    );
    ids.set(r.name, String(row!.id));
    for (const [i, n] of r.numbers.entries()) {
      await conn.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority) values (?, ?, ?, ?)', [
        row!.id,
        campaignId,
        n,
        -i,
      ]);
    }
  }
  for (const a of attempts) {
    await conn.execute(
      `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at, originated_at, ringing_at,
         answered_at, bridged_at, answer_confirmed_at, listen_confirmed_at, ended_at, hangup_cause, q850, sip_status, bill_seconds,
         abandoned, abandon_reason, bridge_failure_cause, outcome, counted)
       values (gen_random_uuid(), ?, ?, ?, '+12125550100', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::call_outcome, ?)`,
      [
        campaignId,
        ids.get(a.recipient),
        a.attemptNumber,
        a.createdAt,
        a.originatedAt ?? null,
        a.ringingAt ?? null,
        a.answeredAt ?? null,
        a.bridgedAt ?? null,
        a.answerConfirmedAt ?? null,
        a.listenConfirmedAt ?? null,
        a.endedAt ?? null,
        a.hangupCause ?? null,
        a.q850 ?? null,
        a.sipStatus ?? null,
        a.billSeconds ?? null,
        a.abandoned ?? false,
        a.abandonReason ?? null,
        a.bridgeFailureCause ?? null,
        a.outcome,
        a.counted ?? true,
      ],
    );
  }
  return ids;
}
