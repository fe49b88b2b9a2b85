import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { AgentState } from '../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { Agent } from '../entities/agent.entity';
import { AgentAssignment } from '../entities/agent-assignment.entity';
import { SteppedTime } from '../switch/simulator/stepped-time';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { clockOf, OneClockStepper } from './testing/one-clock';
import { abandonRate, shortWindowCounts, thirtyDayCounts } from './testing/abandon-windows';
import { seedCampaign, seedTenant } from './testing/seed';

/**
 * DRAFT, NOT RUN (not *.test.ts): it was never green 5 times under `npm run test:stress`. Why:
 * 1. The stepper costs about a dialer tick per switch event: a run big enough to matter (16 agents,
 *    4 hours x 120 s, ~410 calls) took 161 s under stress; the next run passed run-tests.mjs's
 *    180 s per-file limit. Smaller runs fit, but hold 35-70 answers an hour, where one abandon is
 *    1.5-3 % (1/33 = 3.03 % at hour 1 with 12 agents; 2/59 = 3.39 % in one 15-min window).
 * 2. Pacing keeps abandons at 0-2 a run, so the message check is often vacuous; the idle-agent
 *    huddle below did not force one either (another agent frees within the 2 s).
 * Figures when it ran (16 agents, 4 h x 120 s, talk 1-30 s): stressed run, load ~10: calls 416,
 * answers 251, abandons 1, message 1.770 s after the answer, max hourly 30-day 0.40 %, 15-min
 * 1.79 %; unstressed: calls 413, answers 255, abandons 2, slowest message 1.780 s, 30-day 0.81 %.
 * Every attempt ended (longest drain 64 simulated s), no clock hold ran out.
 * Since then (same day): the profile window's headroom is judged on one more abandon
 * (domain/dialer/abandon-headroom.ts profileHeadroom), so a campaign risks none before 33 human
 * answers: the hour-1 reading of 1/33 above can no longer happen by pacing. Left: speed (1.).
 *
 * What it checks: a US_TSR predictive campaign with agents under random outcomes, one clock for
 * everything (SteppedTime: created_at, answered_at, ended_at, callee waits, the 2-s search);
 * dialing a stretch each simulated hour (paused and drained between); agents come and go at
 * random, never fewer than MIN_STAFFED; 30-day rate (profile-window.ts, answered_at) and the
 * 15-min window (created_at) at each hourly sample; every abandoned answer heard the message
 * within 2 s of the answer unless its callee hung up first.
 */
let env: DialerTestEnv;
const START = new Date('2026-12-08T14:00:00Z'); // 09:00 in New York, a Tuesday
const time = new SteppedTime(START);
before(async () => {
  env = await dialerTestEnv({ steppedTime: time, sessionsPerSecond: 2000, maxSessions: 5000 });
});
after(async () => {
  await env?.stop();
});

const HOURS = 3;
const DIAL_MS = 150_000;
const AGENTS = 16;
const MIN_STAFFED = 9;
const RECIPIENTS = 3000;
const LOW_ANSWER = 0.3;
const HIGH_ANSWER = 0.85;
const SWING_MS = 30_000;
const HOUR_MS = 3_600_000;
const HUDDLE_MS = 8_000;

test(
  'predictive under load, one clock: every abandoned answer hears the message within 2 s; the abandon rate never above target at any hourly sample',
  { timeout: 900_000 },
  async () => {
    // The answer rate swings every SWING_MS (people at home, then not): the pacer's window lags a
    // rise, the case predictive pacing exists for and the abandons come from.
    const mix = (answerRate: number) =>
      env.h.sim.setMix({
        answerRate,
        busyRate: 0.05,
        noAnswerRate: 0.95 - answerRate,
        machineRate: 0.1,
        ringSec: { min: 1, max: 10 },
        talkSec: { min: 10, max: 60 },
      });
    mix(LOW_ANSWER);
    const em = env.em();
    const tenant = await seedTenant(em, {
      callsPerSecond: 200,
      maxTotalCalls: 80,
      maxExternalCalls: 80,
      complianceProfile: ComplianceProfile.US_TSR,
    });
    const campaign = await seedCampaign(em, tenant, {
      type: CampaignType.AGENT,
      dialingMode: DialingMode.PREDICTIVE,
      callerIdNumber: '+12125550100',
      ringTimeoutSeconds: 20,
      maxConcurrentCalls: 60,
      callsPerSecond: 50,
      maxAttempts: 1,
      startedAt: START,
    });
    const agents: Agent[] = [];
    for (let a = 0; a < AGENTS; a++) {
      const ext = String(4300 + a);
      // Auto-answer headsets, as predictive floors run: the agent is connected when reserved (see the report on ringing phones).
      env.h.sim.setAgent(ext, { kind: 'answer', afterSec: 0 });
      const agent = Object.assign(new Agent(), {
        tenant,
        name: `ld-${ext}`,
        endpoint: `user/${ext}`,
        state: AgentState.AVAILABLE,
        phoneRegistered: true,
        // The agent flow's wrap-up timer is real time, not the dialer's clock: none here.
        wrapUpSeconds: 0,
      });
      agents.push(agent);
      em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign, level: 1 })]);
    }
    await em.flush();
    await em.execute(
      `with r as (
        insert into campaign_recipient (campaign_id, name, fields, tags, time_zone, created_at, updated_at)
        select ?, 'r' || g, jsonb_build_object('i', g), '{}', 'America/New_York', ?, ? from generate_series(1, ?) g
        returning id, (fields->>'i')::int as i)
      insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
      select r.id, ?, '+1777' || lpad(r.i::text, 6, '0') || '77', 0, false from r`,
      [campaign.id, START, START, RECIPIENTS, campaign.id],
    );

    const dialer = await env.startDialer({ clock: clockOf(time), tickMs: 25 });
    const stepper = new OneClockStepper(time, env.h.sim.core, (n) => env.afterTicks(dialer, n));
    const rng = xoroshiro128plus(18);
    const pick = (n: number) => uniformInt(rng, 0, n - 1);
    const now = () => new Date(time.nowMs());

    const profileRate = () => thirtyDayCounts(env.em(), campaign.id, now());
    const shortRate = () => shortWindowCounts(env.em(), campaign.id, now());
    const rate = abandonRate;
    const minuteSamples: Array<{ at: Date; answered: number; abandoned: number }> = [];
    const hourly: Array<{ at: Date; profile: { answered: number; abandoned: number }; short: { answered: number; abandoned: number } }> =
      [];

    // Agents come and go: every 0.5-2.5 simulated seconds one says it leaves for a break (if the floor
    // keeps MIN_STAFFED), which it does once free (at once if idle, else after its call: the pacer
    // counted it as freeing up), or one on a break comes back.
    const leaving = new Set<string>();
    let nextMove = time.nowMs() + 5_000;
    let nextMinute = time.nowMs() + 60_000;
    let nextSwing = time.nowMs() + SWING_MS;
    let high = false;
    const onStep = async () => {
      if (time.nowMs() >= nextSwing) {
        nextSwing = time.nowMs() + SWING_MS;
        high = !high;
        mix(high ? HIGH_ANSWER : LOW_ANSWER);
      }
      if (time.nowMs() >= nextMinute) {
        nextMinute = time.nowMs() + 60_000;
        minuteSamples.push({ at: now(), ...(await profileRate()) });
      }
      // An agent who said it leaves after this call goes on its break as soon as it is free.
      for (const id of [...leaving]) {
        const moved = await rows<{ id: string }>(
          env.em(),
          `update agent set state = 'BREAK', state_changed_at = ? where id = ? and state = 'AVAILABLE' returning id`,
          [now(), id],
        );
        if (moved.length > 0) leaving.delete(id);
      }
      await huddle();
      if (time.nowMs() < nextMove) return;
      nextMove = time.nowMs() + 500 + pick(2_000);
      const away = (await rows<{ id: string }>(env.em(), `select id from agent where tenant_id = ? and state = 'BREAK'`, [tenant.id])).map(
        (r) => r.id,
      );
      const staffed = AGENTS - away.length - leaving.size;
      if (away.length > 0 && (staffed <= MIN_STAFFED || pick(2) === 0)) {
        const back = away[pick(away.length)];
        await env
          .em()
          .execute(`update agent set state = 'AVAILABLE', state_changed_at = ? where id = ? and state = 'BREAK'`, [now(), back]);
      } else if (staffed > MIN_STAFFED) {
        const on = agents.map((x) => x.id).filter((id) => !away.includes(id) && !leaving.has(id));
        const id = on[pick(on.length)];
        if (id) leaving.add(id);
      }
    };
    // Pacing keeps abandons rare (0-2 a run), too few to put the message path under test every
    // run. So, in the last hour, the idle agents step away together for HUDDLE_MS while calls
    // dialed for them ring (a disturbance no pacing foresees; its abandons count in the rates),
    // again (at most 3 times) until an abandoned answer has heard the message.
    let huddles = 0;
    let huddleEnds = 0;
    let huddled: string[] = [];
    const lastHour = START.getTime() + (HOURS - 1) * HOUR_MS;
    const huddle = async () => {
      if (huddled.length > 0 && time.nowMs() >= huddleEnds) {
        await env
          .em()
          .execute(`update agent set state = 'AVAILABLE', state_changed_at = ? where id = any(?::uuid[]) and state = 'BREAK'`, [
            now(),
            `{${huddled.join(',')}}`,
          ]);
        huddled = [];
      }
      if (time.nowMs() < lastHour + 20_000 || huddled.length > 0 || huddles >= 3 || stepper.heard.size > 0) return;
      const [c] = await rows<{ idle: number; ringing: number }>(
        env.em(),
        `select (select count(*)::int from agent where tenant_id = ? and state = 'AVAILABLE') as idle,
           (select count(*)::int from call_attempt where campaign_id = ? and ended_at is null and agent_id is null and answered_at is null) as ringing`,
        [tenant.id, campaign.id],
      );
      if (!c || c.idle < 2 || c.ringing < 2) return;
      huddled = (
        await rows<{ id: string }>(
          env.em(),
          `update agent set state = 'BREAK', state_changed_at = ? where tenant_id = ? and state = 'AVAILABLE' returning id`,
          [now(), tenant.id],
        )
      ).map((r) => r.id);
      for (const id of huddled) leaving.delete(id);
      huddles += 1;
      huddleEnds = time.nowMs() + HUDDLE_MS;
    };
    const setStatus = (s: string) => env.em().execute('update campaign set status = ? where id = ?', [s, campaign.id]);
    const open = async () =>
      (
        await rows<{ n: number }>(env.em(), 'select count(*)::int as n from call_attempt where campaign_id = ? and ended_at is null', [
          campaign.id,
        ])
      )[0]?.n ?? 0;

    let drainMaxMs = 0;
    for (let h = 0; h < HOURS; h++) {
      const hourStart = START.getTime() + h * HOUR_MS;
      if (h > 0) {
        time.advanceTo(hourStart);
        await setStatus('RUNNING');
      }
      await stepper.runTo(hourStart + DIAL_MS, 1000, onStep);
      await setStatus('PAUSED');
      // Drain: every call placed ends (on the one clock), agents finish.
      const drainFrom = time.nowMs();
      while ((await open()) > 0 || env.h.sim.core.calls.size > 0) {
        await stepper.step(1000);
        await onStep();
        assert.ok(time.nowMs() - drainFrom < 10 * 60_000, `calls still open 10 simulated minutes after the pause: ${await open()}`);
      }
      drainMaxMs = Math.max(drainMaxMs, time.nowMs() - drainFrom);
      hourly.push({ at: now(), profile: await profileRate(), short: await shortRate() });
    }
    await dialer.stop();

    const abandons = await rows<{
      call_id: string;
      reason: string | null;
      answered_ms: number;
      ended_ms: number;
      agent: string | null;
      bridged: boolean;
    }>(
      env.em(),
      `select call_id, abandon_reason::text as reason, agent_id as agent, bridged_at is not null as bridged, outcome::text as outcome, hangup_cause as cause,
         (extract(epoch from answered_at) * 1000)::float8 as answered_ms, (extract(epoch from ended_at) * 1000)::float8 as ended_ms
       from call_attempt where campaign_id = ? and abandoned and answered_at is not null`,
      [campaign.id],
    );
    const [fig] = await rows<{ calls: number; answered: number; human: number; bridged: number; abandoned: number }>(
      env.em(),
      `select count(*)::int as calls, count(answered_at)::int as answered, count(bridged_at)::int as bridged,
         count(*) filter (where answered_at is not null and coalesce(amd_result, 'human') not in ('machine', 'fax'))::int as human,
         count(*) filter (where abandoned)::int as abandoned
       from call_attempt where campaign_id = ?`,
      [campaign.id],
    );
    // A callee gone before the 2 s were out could not hear a message that was not yet due.
    const goneEarly = abandons.filter((a) => !stepper.heard.has(a.call_id) && a.ended_ms - a.answered_ms < 2000);
    const late = abandons.filter((a) => !goneEarly.includes(a) && !((stepper.heard.get(a.call_id)?.afterAnswerSec ?? Infinity) <= 2));
    const slowest = Math.max(0, ...abandons.map((a) => stepper.heard.get(a.call_id)?.afterAnswerSec ?? 0));
    const maxMinute = Math.max(0, ...minuteSamples.map(rate));
    const maxHourly = Math.max(0, ...hourly.map((s) => rate(s.profile)));
    const maxShort = Math.max(0, ...hourly.map((s) => rate(s.short)));
    const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
    console.log(
      `# ${RECIPIENTS} recipients, ${AGENTS} agents (>= ${MIN_STAFFED} staffed), ${HOURS} hours x ${DIAL_MS / 1000} s of dialing`,
    );
    console.log(
      `# calls ${fig?.calls}, answered ${fig?.answered} (human ${fig?.human}), bridged ${fig?.bridged}, abandoned ${fig?.abandoned}`,
    );
    console.log(
      `# abandoned answers ${abandons.length}: callee gone before 2 s ${goneEarly.length}, message later than 2 s ${late.length}, slowest message ${slowest.toFixed(3)} s after the answer`,
    );
    for (const s of hourly)
      console.log(
        `# hourly ${s.at.toISOString()}: 30-day ${s.profile.abandoned}/${s.profile.answered} = ${pct(rate(s.profile))}, 15-min ${s.short.abandoned}/${s.short.answered} = ${pct(rate(s.short))}`,
      );
    console.log(
      `# max 30-day rate: hourly ${pct(maxHourly)}, minutely ${pct(maxMinute)} (${minuteSamples.length} samples); max 15-min at the hourly samples ${pct(maxShort)}`,
    );
    for (const a of late) console.log(`# late ${JSON.stringify({ ...a, heard: stepper.heard.get(a.call_id) })}`);
    console.log(`# huddles ${huddles}`);
    console.log(`# longest drain ${drainMaxMs / 1000} s, clock holds that ran out ${stepper.stalls}`);

    assert.ok((fig?.calls ?? 0) >= 200, `under load: ${fig?.calls} calls`);
    assert.ok(abandons.length - goneEarly.length > 0, 'some answers found no agent and heard the message (the path under test ran)');
    assert.deepEqual(late, [], 'every abandoned answer heard the message within 2 s of the answer');
    assert.ok(maxHourly <= 0.03, `30-day abandon rate ${pct(maxHourly)} above the 3 % target at an hourly sample`);
  },
);
