import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { AgentState } from '../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import type { Campaign } from '../entities/campaign.entity';
import type { Tenant } from '../entities/tenant.entity';
import { Agent } from '../entities/agent.entity';
import { AgentAssignment } from '../entities/agent-assignment.entity';
import { SteppedTime } from '../switch/simulator/stepped-time';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { clockOf, OneClockStepper } from './testing/one-clock';
import { abandonRate, shortWindowCounts, thirtyDayCounts, type WindowCounts } from './testing/abandon-windows';
import { seedCampaign, seedTenant } from './testing/seed';

/**
 * Issue 18, "Must show", the abandon half (hours and DNC: compliance-invariants.test.ts): two
 * US_TSR predictive campaigns of one tenant dial together under random outcomes, on one clock
 * for dialer and switch (SteppedTime: answers, the 2-s search, the message), a stretch of
 * dialing in each of HOURS simulated hours (paused and drained between).
 * - PACED: agents come and go at random (never fewer than MIN_STAFFED) and the answer rate swings
 *   (the case predictive pacing exists for): its 30-day abandon rate, read at every hourly
 *   sample with the pacer's own statement, never passes the 3 % target.
 * - HUDDLE: its agents all step away together for HUDDLE_MS every HUDDLE_EVERY_MS while its calls
 *   ring (a disturbance no pacing foresees), and half their phones ring 3 s before picking up
 *   (longer than any callee may wait), so answers find nobody, or a phone too slow, in every run:
 *   the paths whose timing is under test run under the same load. Its rate is not asserted.
 * For every abandoned answer of both: the message reached the switch within 2 s of the answer
 * unless the callee had hung up first.
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

const HOURS = 4;
const DIAL_MS = 70_000;
const PACED_AGENTS = 16;
const MIN_STAFFED = 10;
const HUDDLE_AGENTS = 8;
const HUDDLE_MS = 8_000;
const HUDDLE_EVERY_MS = 20_000;
const LOW_ANSWER = 0.3;
const HIGH_ANSWER = 0.85;
const SWING_MS = 20_000;
const HOUR_MS = 3_600_000;

async function seedFloor(
  tenant: Tenant,
  campaign: Campaign,
  first: number,
  n: number,
  prefix: string,
  ringingPhones = false,
): Promise<Agent[]> {
  const em = env.em();
  const agents: Agent[] = [];
  for (let a = 0; a < n; a++) {
    const ext = String(first + a);
    // Auto-answer headsets, as predictive floors run: the agent is connected when reserved.
    // HUDDLE: every other phone rings 3 s (no auto-answer): its leg is cancelled at the deadline.
    env.h.sim.setAgent(ext, { kind: 'answer', afterSec: ringingPhones && a % 2 === 1 ? 3 : 0 });
    // The agent flow's wrap-up timer is real time, not the one clock: none here.
    const agent = Object.assign(new Agent(), {
      tenant,
      name: `ld-${ext}`,
      endpoint: `user/${ext}`,
      state: AgentState.AVAILABLE,
      phoneRegistered: true,
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
    select r.id, ?, ? || lpad(r.i::text, 6, '0') || '77', 0, false from r`,
    [campaign.id, START, START, 1500, campaign.id, prefix],
  );
  return agents;
}

test(
  'predictive under load, one clock: every abandoned answer hears the message within 2 s; the abandon rate never above 3 % at any hourly sample',
  { timeout: 170_000 },
  async () => {
    const mix = (answerRate: number) =>
      env.h.sim.setMix({
        answerRate,
        busyRate: 0.05,
        noAnswerRate: 0.95 - answerRate,
        machineRate: 0.1,
        ringSec: { min: 1, max: 10 },
        talkSec: { min: 3, max: 20 },
      });
    mix(LOW_ANSWER);
    const em = env.em();
    const tenant = await seedTenant(em, {
      callsPerSecond: 200,
      maxTotalCalls: 80,
      maxExternalCalls: 80,
      complianceProfile: ComplianceProfile.US_TSR,
    });
    const campaignOf = () =>
      seedCampaign(em, tenant, {
        type: CampaignType.AGENT,
        dialingMode: DialingMode.PREDICTIVE,
        callerIdNumber: '+12125550100',
        ringTimeoutSeconds: 20,
        maxConcurrentCalls: 40,
        callsPerSecond: 50,
        maxAttempts: 1,
        startedAt: START,
      });
    const paced = await campaignOf();
    const huddling = await campaignOf();
    const pacedAgents = await seedFloor(tenant, paced, 4300, PACED_AGENTS, '+1777');
    const huddleAgents = await seedFloor(tenant, huddling, 4400, HUDDLE_AGENTS, '+1778', true);

    const dialer = await env.startDialer({ clock: clockOf(time), tickMs: 25 });
    const stepper = new OneClockStepper(time, env.h.sim.core, (n) => env.afterTicks(dialer, n));
    const rng = xoroshiro128plus(18);
    const pick = (n: number) => uniformInt(rng, 0, n - 1);
    const now = () => new Date(time.nowMs());
    const ids = (agents: Agent[]) => `{${agents.map((a) => a.id).join(',')}}`;
    const hourly: Array<{ at: Date; profile: WindowCounts; short: WindowCounts }> = [];

    // PACED: every 0.5-2.5 s one agent says it leaves for a break (if the floor keeps MIN_STAFFED),
    // which it does once free (the pacer counted it as freeing up), or one on a break comes back.
    const leaving = new Set<string>();
    let nextMove = time.nowMs() + 5_000;
    let nextSwing = time.nowMs() + SWING_MS;
    let high = false;
    // HUDDLE: all its agents away for HUDDLE_MS (those on a call once it ends), then all back.
    let huddleUntil = 0;
    let nextHuddle = time.nowMs() + HUDDLE_EVERY_MS;
    const toBreak = (agentIds: string) =>
      env
        .em()
        .execute(`update agent set state = 'BREAK', state_changed_at = ? where id = any(?::uuid[]) and state = 'AVAILABLE'`, [
          now(),
          agentIds,
        ]);
    const onStep = async () => {
      const t = time.nowMs();
      if (t >= nextSwing) {
        nextSwing = t + SWING_MS;
        high = !high;
        mix(high ? HIGH_ANSWER : LOW_ANSWER);
      }
      if (t >= nextHuddle) {
        nextHuddle = t + HUDDLE_EVERY_MS;
        huddleUntil = t + HUDDLE_MS;
      }
      if (t < huddleUntil) await toBreak(ids(huddleAgents));
      else if (huddleUntil > 0) {
        huddleUntil = 0;
        await env
          .em()
          .execute(`update agent set state = 'AVAILABLE', state_changed_at = ? where id = any(?::uuid[]) and state = 'BREAK'`, [
            now(),
            ids(huddleAgents),
          ]);
      }
      for (const id of [...leaving]) {
        const moved = await rows<{ id: string }>(
          env.em(),
          `update agent set state = 'BREAK', state_changed_at = ? where id = ? and state = 'AVAILABLE' returning id`,
          [now(), id],
        );
        if (moved.length > 0) leaving.delete(id);
      }
      if (t < nextMove) return;
      nextMove = t + 500 + pick(2_000);
      const away = (
        await rows<{ id: string }>(env.em(), `select id from agent where id = any(?::uuid[]) and state = 'BREAK'`, [ids(pacedAgents)])
      ).map((r) => r.id);
      const staffed = PACED_AGENTS - away.length - leaving.size;
      if (away.length > 0 && (staffed <= MIN_STAFFED || pick(2) === 0)) {
        await env
          .em()
          .execute(`update agent set state = 'AVAILABLE', state_changed_at = ? where id = ? and state = 'BREAK'`, [
            now(),
            away[pick(away.length)],
          ]);
      } else if (staffed > MIN_STAFFED) {
        const on = pacedAgents.map((x) => x.id).filter((id) => !away.includes(id) && !leaving.has(id));
        const id = on[pick(on.length)];
        if (id) leaving.add(id);
      }
    };
    const setStatus = (s: string) =>
      env.em().execute('update campaign set status = ? where id = any(?::uuid[])', [s, `{${paced.id},${huddling.id}}`]);
    const open = async () =>
      (
        await rows<{ n: number }>(
          env.em(),
          'select count(*)::int as n from call_attempt where campaign_id in (?, ?) and ended_at is null',
          [paced.id, huddling.id],
        )
      )[0]?.n ?? 0;

    let drainMaxMs = 0;
    for (let h = 0; h < HOURS; h++) {
      const hourStart = START.getTime() + h * HOUR_MS;
      if (h > 0) {
        time.advanceTo(hourStart);
        nextHuddle = hourStart + HUDDLE_EVERY_MS;
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
      hourly.push({
        at: now(),
        profile: await thirtyDayCounts(env.em(), paced.id, now()),
        short: await shortWindowCounts(env.em(), paced.id, now()),
      });
    }
    await dialer.stop();

    const abandons = await rows<{ call_id: string; campaign_id: string; reason: string; answered_ms: number; ended_ms: number }>(
      env.em(),
      `select call_id, campaign_id, abandon_reason::text as reason, (extract(epoch from answered_at) * 1000)::float8 as answered_ms, (extract(epoch from ended_at) * 1000)::float8 as ended_ms
       from call_attempt where campaign_id in (?, ?) and abandoned and answered_at is not null`,
      [paced.id, huddling.id],
    );
    const figures = await rows<{ campaign_id: string; calls: number; human: number; bridged: number; abandoned: number }>(
      env.em(),
      `select campaign_id, count(*)::int as calls, count(bridged_at)::int as bridged,
         count(*) filter (where answered_at is not null and coalesce(amd_result, 'human') not in ('machine', 'fax'))::int as human,
         count(*) filter (where abandoned)::int as abandoned
       from call_attempt where campaign_id in (?, ?) group by campaign_id`,
      [paced.id, huddling.id],
    );
    // A callee gone before the 2 s were out could not hear a message that was not yet due.
    const goneEarly = abandons.filter((a) => !stepper.heard.has(a.call_id) && a.ended_ms - a.answered_ms < 2000);
    const heardOnes = abandons.filter((a) => !goneEarly.includes(a));
    const late = heardOnes.filter((a) => !((stepper.heard.get(a.call_id)?.afterAnswerSec ?? Infinity) <= 2));
    const slowest = Math.max(0, ...heardOnes.map((a) => stepper.heard.get(a.call_id)?.afterAnswerSec ?? 0));
    const maxHourly = Math.max(0, ...hourly.map((s) => abandonRate(s.profile)));
    const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
    for (const f of figures)
      console.log(
        `# ${f.campaign_id === paced.id ? 'paced' : 'huddle'}: calls ${f.calls}, human answers ${f.human}, bridged ${f.bridged}, abandoned ${f.abandoned}`,
      );
    console.log(
      `# abandoned answers ${abandons.length}: callee gone before 2 s ${goneEarly.length}, message later than 2 s ${late.length}, slowest message ${slowest.toFixed(3)} s after the answer`,
    );
    for (const s of hourly)
      console.log(
        `# paced, hourly ${s.at.toISOString()}: 30-day ${s.profile.abandoned}/${s.profile.answered} = ${pct(abandonRate(s.profile))}, 15-min ${s.short.abandoned}/${s.short.answered} = ${pct(abandonRate(s.short))}`,
      );
    const reasons = new Map<string, number>();
    for (const a of abandons) reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
    console.log(`# abandon reasons: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}`);
    for (const a of late) console.log(`# late ${JSON.stringify({ ...a, heard: stepper.heard.get(a.call_id) })}`);
    console.log(`# longest drain ${drainMaxMs / 1000} s, clock holds that ran out ${stepper.stalls}`);

    const calls = figures.reduce((n, f) => n + f.calls, 0);
    assert.ok(calls >= 200, `under load: ${calls} calls`);
    assert.ok(
      heardOnes.some((a) => a.campaign_id === huddling.id),
      'answers found no agent and heard the message (the path under test ran)',
    );
    assert.deepEqual(late, [], 'every abandoned answer heard the message within 2 s of the answer');
    assert.ok(maxHourly <= 0.03, `30-day abandon rate ${pct(maxHourly)} above the 3 % target at an hourly sample`);
  },
);
