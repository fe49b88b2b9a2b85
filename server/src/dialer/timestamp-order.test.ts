import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { AgentState } from '../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { AgentAssignment } from '../entities/agent-assignment.entity';
import { Agent } from '../entities/agent.entity';
import type { Campaign } from '../entities/campaign.entity';
import type { CallScript } from '../switch/simulator/outcome';
import type { Dialer } from './dialer';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedTenant } from './testing/seed';

// Issue 17 item 7: one clock per fact. Whatever the callee does (ring or not, answer, fail,
// hang up, press keys, reach an agent), every attempt's times are in the order things happen:
// created <= originated <= ringing <= answered <= bridged <= ended (each where it happened).
let env: DialerTestEnv;
let dialer: Dialer;
before(async () => {
  env = await dialerTestEnv();
  env.h.sim.setAgent('1001', { kind: 'answer', afterSec: 0.5 });
  dialer = await env.startDialer();
});
after(async () => {
  await env?.stop();
});

type Mode = 'VOICE_PLAY' | 'PROGRESSIVE';

const seconds = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((n) => n / 10);
const failing = fc.record({
  ringSec: seconds(3),
  failCause: fc.constantFrom('USER_BUSY', 'CALL_REJECTED', 'NORMAL_CIRCUIT_CONGESTION', 'NO_ANSWER', 'UNALLOCATED_NUMBER'),
});
const answering = fc.record(
  {
    ringSec: seconds(4),
    talkSec: seconds(6),
    dtmf: fc.constantFrom('1', '9', '19'),
    dtmfAfterSec: seconds(3),
  },
  { requiredKeys: ['ringSec'] },
);
const script: fc.Arbitrary<CallScript> = fc.oneof(failing, answering);

let run = 0;

/** A RUNNING campaign of `mode` with one recipient per script, each number given its script. */
async function campaignFor(mode: Mode, scripts: CallScript[]): Promise<Campaign> {
  run++;
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const common = { callsPerSecond: 50, maxConcurrentCalls: 10, maxAttempts: 1, ringTimeoutSeconds: 5 };
  const c =
    mode === 'VOICE_PLAY'
      ? await seedCampaign(em, tenant, { ...common, broadcastActions: [{ kind: 'PLAY', file: 'msg.wav' }] })
      : await seedCampaign(em, tenant, { ...common, type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE, wrapUpSeconds: 0 });
  if (mode === 'PROGRESSIVE') {
    const a = Object.assign(new Agent(), { tenant, name: `a-${run}`, endpoint: 'user/1001', state: AgentState.AVAILABLE });
    await em.persist([a, Object.assign(new AgentAssignment(), { agent: a, campaign: c, level: 1 })]).flush();
  }
  for (const [i, s] of scripts.entries()) {
    const number = `+1778${String(run).padStart(3, '0')}${String(i).padStart(3, '0')}`;
    // An agent call's callee must end the call itself (nobody hangs up a bridged call here).
    const outcome = mode === 'PROGRESSIVE' && !s.failCause ? { ...s, talkSec: s.talkSec ?? 2 } : s;
    env.h.sim.core.outcomes.addRule({ match: number, outcome });
    const [r] = await rows<{ id: string }>(
      em,
      `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at) values (?, ?, '{}', '{}', now(), now()) returning id`,
      [c.id, `r${i}`],
    );
    await em.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, 0, false)', [
      r.id,
      c.id,
      number,
    ]);
  }
  return c;
}

interface Times {
  call_id: string;
  outcome: string | null;
  bill_seconds: number | null;
  created: number;
  originated: number | null;
  ringing: number | null;
  answered: number | null;
  bridged: number | null;
  ended: number | null;
}

/**
 * Until the campaign is done, or nothing more happens: no call open and no new attempt after the
 * dialer looked again (an agent campaign whose agent went on break leaves recipients READY).
 */
async function settled(campaignId: string): Promise<void> {
  const SQL = `select case when c.status in ('COMPLETED', 'INCOMPLETE') then 'done'
      else (select count(*) || '/' || count(*) filter (where a.ended_at is null) from call_attempt a where a.campaign_id = c.id) end
    from campaign c where c.id = ?`;
  for (;;) {
    // '0/0' is a campaign not dialed yet (an agent's phone is checked before its first call), not a settled one.
    const seen = await env.waitFor<string>(
      SQL,
      [campaignId],
      (v) => v === 'done' || (v.endsWith('/0') && v !== '0/0'),
      'no call open',
      30_000,
    );
    if (seen === 'done') return;
    await env.afterTicks(dialer, 3);
    const again = await env.waitFor<string>(SQL, [campaignId], () => true, 'attempts');
    if (again === seen || again === 'done') return;
  }
}

const ORDER = ['created', 'originated', 'ringing', 'answered', 'bridged', 'ended'] as const;

/** Why this attempt's times are out of order, or undefined. */
function disorder(t: Times): string | undefined {
  if (t.ended === null) return 'no ended_at';
  let last: { name: string; at: number } | undefined;
  for (const name of ORDER) {
    const at = t[name];
    if (at === null) continue;
    if (last && at < last.at) return `${name} ${at - last.at} ms before ${last.name}`;
    last = { name, at };
  }
  if (t.answered !== null && t.bill_seconds !== null && t.bill_seconds * 1000 > t.ended - t.answered)
    return `billsec ${t.bill_seconds} longer than answered..ended ${t.ended - t.answered} ms`;
  return undefined;
}

test('created <= originated <= ringing <= answered <= bridged <= ended for every attempt, whatever the callee does', async () => {
  const ms = (col: string) => `(extract(epoch from ${col}) * 1000)::float8`;
  let attempts = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom<Mode>('VOICE_PLAY', 'PROGRESSIVE'),
      fc.array(script, { minLength: 1, maxLength: 6 }),
      async (mode, scripts) => {
        const c = await campaignFor(mode, scripts);
        await settled(c.id);
        const times = await rows<Times>(
          env.em(),
          `select call_id, outcome::text as outcome, bill_seconds, ${ms('created_at')} as created, ${ms('originated_at')} as originated,
           ${ms('ringing_at')} as ringing, ${ms('answered_at')} as answered, ${ms('bridged_at')} as bridged, ${ms('ended_at')} as ended
         from call_attempt where campaign_id = ?`,
          [c.id],
        );
        // Not every recipient need be dialed (an agent campaign may stop them): each attempt made is checked.
        assert.ok(times.length > 0, `${mode}: no attempt for ${JSON.stringify(scripts)}`);
        attempts += times.length;
        const bad = times.map((t) => ({ t, why: disorder(t) })).filter((x) => x.why);
        assert.deepEqual(bad, [], `${mode}: ${JSON.stringify(scripts)}`);
      },
    ),
    // Each run is a whole campaign: no shrinking, the failing scripts are in the message.
    { numRuns: 8, endOnFailure: true },
  );
  console.log(`# ${attempts} attempts in order`);
});
