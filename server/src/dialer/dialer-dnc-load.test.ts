import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { asJson, rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { InvariantSampler, recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedTenant } from './testing/seed';

// Issue 18 item 3, the invariant under load: many recipients with 1-3 numbers each, random
// numbers on random lists (some entries expired), a campaign honouring two of three lists.
// Whatever the dialer does, it never calls a number an applicable entry blocks, dials every
// recipient with a number left, and suppresses exactly those with none.

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

/** Deterministic (seeded) so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const RECIPIENTS = 400;

test(
  'under load: 0 calls to a DNC number; recipients with no clean number end DNC, the others are dialed on clean numbers only',
  {
    timeout: 300_000,
  },
  async () => {
    const em = env.em();
    const tenant = await seedTenant(em, { maxTotalCalls: 40, maxExternalCalls: 40, callsPerSecond: 200 });
    const campaign = await seedCampaign(em, tenant, {
      maxConcurrentCalls: 40,
      callsPerSecond: 150,
      maxAttempts: 2,
      retryWaitSeconds: 0,
      ringTimeoutSeconds: 4,
      dncLists: ['a', 'b'],
    });
    const random = prng(18);
    const phones: Array<{ i: number; number: string; priority: number }> = [];
    const entries: Array<{ number: string; list: string; expired: boolean }> = [];
    for (let i = 1; i <= RECIPIENTS; i++) {
      const count = 1 + Math.floor(random() * 3);
      for (let j = 0; j < count; j++) {
        // Busy (0001): every attempt fails, so the rotation visits every number it may dial.
        const number = `+1777${String(i).padStart(5, '0')}${j}0001`;
        phones.push({ i, number, priority: count - j });
        if (random() >= 0.4) continue;
        const list = ['a', 'b', 'c'][Math.floor(random() * 3)]!;
        const expired = random() < 0.2;
        entries.push({ number, list, expired });
        // Now and then the same number on a second list too.
        if (random() < 0.2) entries.push({ number, list: list === 'c' ? 'a' : 'c', expired: false });
      }
    }
    // What the campaign must honour: an entry on 'a' or 'b' in force.
    const blocking = new Set(entries.filter((e) => e.list !== 'c' && !e.expired).map((e) => e.number));
    await em.execute(
      `with r as (
      insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
      select ?, 'r' || g, jsonb_build_object('i', g), '{}', now(), now() from generate_series(1, ?) g
      returning id, (fields->>'i')::int as i)
    insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
    select r.id, ?, p.number, p.priority, false from r join jsonb_to_recordset(?::jsonb) as p(i int, number text, priority int) on p.i = r.i`,
      [campaign.id, RECIPIENTS, campaign.id, asJson(phones)],
    );
    await em.execute(
      `insert into dnc_entry (id, tenant_id, number, list_name, expires_at, created_at)
    select gen_random_uuid(), ?, e.number, e.list, case when e.expired then now() - interval '1 hour' end, now()
    from jsonb_to_recordset(?::jsonb) as e(number text, list text, expired boolean)`,
      [tenant.id, asJson(entries)],
    );
    const byRecipient = new Map<number, string[]>();
    for (const p of phones) byRecipient.set(p.i, [...(byRecipient.get(p.i) ?? []), p.number]);
    const noneLeft = [...byRecipient.values()].filter((ns) => ns.every((n) => blocking.has(n))).length;

    const sent = recordOriginates(env.h.sim);
    const sampler = new InvariantSampler(env.h.sim).start();
    await env.startDialer();
    await env.waitFor<string>(
      'select status from campaign where id = ?',
      [campaign.id],
      (s) => s === 'INCOMPLETE',
      'the campaign to end',
      240_000,
    );
    sampler.stop();

    const toDnc = sent.filter((s) => blocking.has(s.number));
    assert.equal(toDnc.length, 0, `calls to DNC numbers: ${toDnc.map((s) => s.number).join(', ')}`);
    const states = await rows<{ i: number; state: string; attempts: number }>(
      env.em(),
      `select (fields->>'i')::int as i, state, attempts from campaign_recipient where campaign_id = ?`,
      [campaign.id],
    );
    const dialedBy = new Map<string, number>();
    for (const s of sent) dialedBy.set(s.number, (dialedBy.get(s.number) ?? 0) + 1);
    for (const r of states) {
      const numbers = byRecipient.get(r.i) ?? [];
      const clean = numbers.filter((n) => !blocking.has(n));
      if (clean.length === 0) {
        assert.equal(`${r.state}:${r.attempts}`, 'DNC:0', `recipient ${r.i}: every number DNC`);
        continue;
      }
      assert.equal(`${r.state}:${r.attempts}`, 'FAILED:2', `recipient ${r.i}: dialed on its clean numbers`);
      // Two attempts walk the clean numbers in priority order: the first clean one at least once.
      assert.ok((dialedBy.get(clean[0]!) ?? 0) >= 1, `recipient ${r.i}: its first clean number was dialed`);
    }
    assert.equal(states.filter((s) => s.state === 'DNC').length, noneLeft);
    assert.equal(sampler.peaks.doubled.size, 0, 'no recipient in two calls at once');
    console.log(
      `# ${RECIPIENTS} recipients, ${phones.length} numbers, ${entries.length} entries, ${blocking.size} numbers blocked for the campaign; ` +
        `${sent.length} calls, 0 to a blocked number; ${noneLeft} recipients DNC`,
    );
  },
);
