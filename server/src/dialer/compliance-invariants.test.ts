import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { numberZones } from '../numbers/number-zones';
import { SteppedClock } from './clock';
import { asJson, rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordOriginates } from './testing/invariant-sampler';
import { seedCalendar, seedCampaign, seedTenant } from './testing/seed';

/**
 * Issue 18, "Must show" (the abandon half: compliance-abandon-load.test.ts): calling hours and DNC
 * under load. 2,000 recipients in 20 zones (three quarters with an explicit zone, a quarter with
 * zones derived from the number), the simulator's seeded random outcomes, a US_TSR campaign whose
 * calendar closes a holiday (2 Nov 2026, New York); the dialer's clock steps 20 minutes a tick
 * from 31 Oct across the US DST change (1 Nov, 06:00 UTC) to 3 Nov. Checked over every originate
 * the switch received, by rules written here (Intl, not the dialer's hours code): 0 calls outside
 * 08:00-21:00 in each zone of the recipient or outside the calendar, 0 calls to a DNC number.
 */
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const RECIPIENTS = 2000;
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
];
/** Prefixes whose zones libphonenumber knows (Tokyo, Berlin, New York, Los Angeles, Chicago). */
const DERIVED = ['+8131', '+4930', '+1212', '+1415', '+1312'];
const START = new Date('2026-10-31T22:00:00Z');
const END = new Date('2026-11-04T00:00:00Z');
const STEP_MS = 20 * 60_000;
const HOLIDAY = '2026-11-02';

/** Local date and minutes of the day of `at` in `zone`, by Intl alone. */
function local(at: Date, zone: string): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return { date: `${p('year')}-${p('month')}-${p('day')}`, minutes: Number(p('hour')) * 60 + Number(p('minute')) };
}

interface Seeded {
  number: string;
  zones: readonly string[];
  dnc: boolean;
}

function plan(): Seeded[] {
  const out: Seeded[] = [];
  for (let i = 1; i <= RECIPIENTS; i++) {
    const derived = i % 4 === 0;
    const prefix = derived ? DERIVED[(i / 4) % DERIVED.length]! : '+1777';
    // Ends in 77: never the simulator's fixed 00NN outcomes, so the seeded random mix decides.
    const number = `${prefix}${String(i).padStart(6, '0')}77`;
    out.push({ number, zones: derived ? numberZones(number) : [ZONES[Math.floor(i / 4) % ZONES.length]!], dnc: i % 20 === 7 });
  }
  return out;
}

test(
  'under load across 20 zones, a DST change and a holiday: hours, DNC, safe-harbor and abandon rate hold on every call',
  { timeout: 600_000 },
  async () => {
    env.h.sim.setMix({
      answerRate: 0.65,
      busyRate: 0.1,
      noAnswerRate: 0.2,
      machineRate: 0.1,
      ringSec: { min: 1, max: 8 },
      talkSec: { min: 4, max: 20 },
    });
    const em = env.em();
    const tenant = await seedTenant(em, {
      callsPerSecond: 200,
      maxTotalCalls: 80,
      maxExternalCalls: 80,
      complianceProfile: ComplianceProfile.US_TSR,
    });
    // The calendar (read in each recipient's zones, like the profile's hours) narrows 08:00-21:00 to
    // 08:00-20:30 and closes the holiday.
    const calendar = await seedCalendar(em, tenant, {
      timeZone: 'America/New_York',
      openHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '07:00', end: '20:30' })),
      exceptions: [{ date: HOLIDAY, closed: true }],
    });
    const campaign = await seedCampaign(em, tenant, {
      calendar,
      callerIdNumber: '+12125550100',
      ringTimeoutSeconds: 20,
      maxConcurrentCalls: 60,
      callsPerSecond: 150,
      maxAttempts: 1,
    });
    await em.flush();
    const seeded = plan();
    const byNumber = new Map(seeded.map((s) => [s.number, s]));
    await em.execute(
      `with r as (
        insert into campaign_recipient (campaign_id, name, fields, tags, time_zone, created_at, updated_at)
        select ?, 'r' || p.i, jsonb_build_object('i', p.i), '{}', p.tz, now(), now()
        from jsonb_to_recordset(?::jsonb) as p(i int, tz text)
        returning id, (fields->>'i')::int as i)
      insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
      select r.id, ?, p.number, 0, false from r join jsonb_to_recordset(?::jsonb) as p(i int, number text) on p.i = r.i`,
      [
        campaign.id,
        asJson(seeded.map((s, k) => ({ i: k + 1, tz: (k + 1) % 4 === 0 ? null : s.zones[0] }))),
        campaign.id,
        asJson(seeded.map((s, k) => ({ i: k + 1, number: s.number }))),
      ],
    );
    await em.execute(
      `insert into dnc_entry (id, tenant_id, number, list_name, created_at)
       select gen_random_uuid(), ?, n, 'default', now() from unnest(?::text[]) n`,
      [
        tenant.id,
        `{${seeded
          .filter((s) => s.dnc)
          .map((s) => s.number)
          .join(',')}}`,
      ],
    );

    const clock = new SteppedClock(START);
    const sent = recordOriginates(env.h.sim, () => clock.now());
    const dialer = await env.startDialer({ clock });
    const status = async () => (await rows<{ s: string }>(env.em(), 'select status as s from campaign where id = ?', [campaign.id]))[0]?.s;
    while (clock.now() < END && (await status()) === 'RUNNING') {
      await env.afterTicks(dialer, 2);
      clock.advance(STEP_MS);
    }
    // Back to the holiday (closed): nothing new is claimed in the last ticks.
    const last = clock.now();
    clock.advance(new Date(`${HOLIDAY}T12:00:00Z`).getTime() - last.getTime());
    await env.afterTicks(dialer, 3);
    await dialer.stop();

    // Every call the switch saw, judged at the instant the dialer decided it (its attempt's
    // created_at, on the dialer's clock): the stepped clock may move 20 minutes between the claim
    // and the originate, which a real clock does not.
    const decided = new Map(
      (
        await rows<{ call_id: string; at: Date }>(env.em(), 'select call_id, created_at as at from call_attempt where campaign_id = ?', [
          campaign.id,
        ])
      ).map((r) => [r.call_id, new Date(r.at)]),
    );
    const unclaimed = sent.filter((s) => !decided.has(s.uuid));
    const lagSteps = Math.max(...sent.map((s) => (s.at.getTime() - (decided.get(s.uuid) ?? s.at).getTime()) / STEP_MS));
    const outside = sent.filter((s) => {
      const r = byNumber.get(s.number);
      const at = decided.get(s.uuid) ?? s.at;
      if (!r || r.zones.length === 0) return true;
      return r.zones.some((z) => {
        const l = local(at, z);
        return l.date === HOLIDAY || l.minutes < 8 * 60 || l.minutes >= 20 * 60 + 30;
      });
    });
    const toDnc = sent.filter((s) => byNumber.get(s.number)?.dnc);
    const [fig] = await rows<{ calls: number; answered: number; dnc: number; left: number }>(
      env.em(),
      `select (select count(*)::int from call_attempt where campaign_id = ?) as calls,
         (select count(answered_at)::int from call_attempt where campaign_id = ?) as answered,
         (select count(*)::int from campaign_recipient where campaign_id = ? and state = 'DNC') as dnc,
         (select count(*)::int from campaign_recipient where campaign_id = ? and state in ('READY', 'RETRY_WAIT', 'DIALING')) as left`,
      [campaign.id, campaign.id, campaign.id, campaign.id],
    );
    const perZone = new Map<string, number>();
    for (const s of sent) {
      const key = (byNumber.get(s.number)?.zones ?? ['?']).join('+');
      perZone.set(key, (perZone.get(key) ?? 0) + 1);
    }
    console.log(
      `# recipients ${RECIPIENTS} (DNC ${seeded.filter((s) => s.dnc).length}), simulated ${START.toISOString()} .. ${last.toISOString()}`,
    );
    console.log(
      `# calls ${sent.length} (attempts ${fig?.calls}), answered ${fig?.answered}, recipients ended DNC ${fig?.dnc}, left ${fig?.left}`,
    );
    console.log(
      `# calls per zone ${[...perZone]
        .sort()
        .map(([z, n]) => `${z}=${n}`)
        .join(' ')}`,
    );
    console.log(
      `# outside hours ${outside.length}, to DNC ${toDnc.length}, originates without a claim ${unclaimed.length}, max clock steps claim->originate ${lagSteps}`,
    );

    for (const s of outside.slice(0, 8)) {
      const at = decided.get(s.uuid);
      const z = byNumber.get(s.number)?.zones ?? [];
      console.log(
        `# out ${s.number} sent ${s.at.toISOString()} decided ${at?.toISOString()} ${z.map((x) => `${x}@${JSON.stringify(local(at ?? s.at, x))}`).join(',')}`,
      );
    }
    assert.deepEqual(unclaimed, [], 'every originate has its claim');
    assert.deepEqual(outside.slice(0, 5), [], 'no call outside recipient-local hours or the calendar');
    assert.deepEqual(toDnc, [], 'no call to a DNC number');
    assert.equal(fig?.dnc, seeded.filter((s) => s.dnc).length, 'each DNC recipient ended DNC');
    assert.ok(perZone.size >= 20, `calls in ${perZone.size} zones`);
    assert.ok(sent.length > RECIPIENTS / 2, `under load: ${sent.length} calls`);
  },
);
