// Seeded random planner snapshots for planner.property.test.ts.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Calendar } from '../calendar/calendar';
import { CampaignStatus } from '../campaign/campaign-status';
import { RecipientState } from '../recipient/recipient-state';
import { allNumbersDnc } from '../numbers/number-rotation';
import type { ConcurrencyLimits, PlannerCampaign, PlannerCandidate, PlannerGateway, PlannerSnapshot } from './planner-types';

export function prng(seed: number): () => number {
  const g = xoroshiro128plus(seed);
  return () => uniformFloat64(g);
}

export class Gen {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  bool(p = 0.5): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('empty');
    return item;
  }
  maybe<T>(p: number, make: () => T): T | null {
    return this.bool(p) ? make() : null;
  }
}

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles', 'UTC'];
// Instants around DST changes and ordinary days.
const NOWS = [
  '2026-03-08T06:30:00Z',
  '2026-03-08T14:00:00Z',
  '2026-03-29T07:00:00Z',
  '2026-06-01T14:00:00Z',
  '2026-06-01T03:00:00Z',
  '2026-10-25T09:15:00Z',
  '2026-11-01T05:30:00Z',
  '2026-11-02T14:00:00Z',
  '2026-12-25T12:00:00Z',
];

function genLimits(g: Gen): ConcurrencyLimits {
  return {
    maxTotal: g.maybe(0.5, () => g.int(0, 10)),
    maxInternal: g.maybe(0.3, () => g.int(0, 6)),
    maxExternal: g.maybe(0.3, () => g.int(0, 6)),
    callsPerSecond: g.maybe(0.3, () => g.pick([0, 0.5, 1, 2, 3, 7.5, 20])),
  };
}

function genCalendar(g: Gen): Calendar | null {
  if (g.bool(0.5)) return null;
  const start = g.int(0, 10);
  return {
    timeZone: g.pick(ZONES),
    openHours: [1, 2, 3, 4, 5, 6, 7]
      .filter(() => g.bool(0.8))
      .map((day) => ({ day, start: `${String(start).padStart(2, '0')}:00`, end: `${String(g.int(start + 8, 24)).padStart(2, '0')}:00` })),
    exceptions: g.bool(0.3) ? [{ date: '2026-12-25', closed: true }] : [],
  };
}

function genCandidate(g: Gen, id: string, now: Date): PlannerCandidate {
  const offset = () => new Date(now.getTime() + g.int(-3600, 3600) * 1000);
  const numbers = Array.from({ length: g.int(g.bool(0.05) ? 0 : 1, 3) }, () => ({
    number: g.bool(0.3) ? String(g.int(100, 99999)) : `+1212555${g.int(1000, 9999)}`,
    priority: g.int(0, 3),
    stopped: g.bool(0.1),
    dnc: g.bool(0.15),
  }));
  return {
    recipientId: g.bool(0.05) ? `dup-${g.int(0, 3)}` : id,
    state: g.bool(0.75) ? RecipientState.READY : g.pick(Object.values(RecipientState)),
    numbers,
    numberCursor: g.int(0, 5),
    timeZone: g.bool(0.3) ? g.pick([...ZONES, 'Not/AZone']) : null,
    // As the candidate query says: DNC when every number is (rarely set anyway, as a stale flag would be).
    dnc: allNumbersDnc(numbers) || g.bool(0.02),
    expireAt: g.maybe(0.1, offset),
    notBefore: g.maybe(0.1, offset),
    notAfter: g.maybe(0.1, offset),
    nextAttemptAt: g.maybe(0.2, offset),
    callbackAt: g.maybe(0.2, offset),
  };
}

export function genSnapshot(seed: number): PlannerSnapshot {
  const g = new Gen(prng(seed));
  const now = new Date(g.pick(NOWS));
  const gateways: PlannerGateway[] = Array.from({ length: g.int(0, 3) }, (_, i) => ({
    id: `g${i}`,
    state: g.bool(0.8) ? 'UP' : 'DOWN',
    maxConcurrent: g.maybe(0.5, () => g.int(0, 8)),
    callsPerSecond: g.maybe(0.4, () => g.pick([0.5, 1, 2, 5])),
    inFlight: g.int(0, 2),
    lastOriginateAt: g.maybe(0.5, () => new Date(now.getTime() - g.int(0, 3000))),
  }));
  let seq = 0;
  const campaigns: PlannerCampaign[] = Array.from({ length: g.int(1, 5) }, (_, i) => ({
    id: `c${i}`,
    status: g.bool(0.8) ? CampaignStatus.RUNNING : g.pick(Object.values(CampaignStatus)),
    priority: g.int(0, 2),
    startedAt: new Date(now.getTime() - g.int(0, 86400) * 1000),
    limits: genLimits(g),
    calendar: genCalendar(g),
    inFlight: g.bool(0.5) ? { internal: 0, external: 0 } : { internal: g.int(0, 1), external: g.int(0, 3) },
    gatewayIds: gateways
      .filter(() => g.bool(0.6))
      .map((gw) => gw.id)
      .concat(g.bool(0.1) ? ['ghost'] : []),
    lastOriginateAt: g.maybe(0.5, () => new Date(now.getTime() - g.int(0, 3000))),
    candidates: Array.from({ length: g.int(0, 14) }, () => genCandidate(g, `r${seq++}`, now)),
    agentSlots: g.maybe(0.2, () => g.int(0, 3)),
  }));
  const campaignIn = campaigns.reduce(
    (acc, c) => ({ internal: acc.internal + c.inFlight.internal, external: acc.external + c.inFlight.external }),
    { internal: 0, external: 0 },
  );
  return {
    now,
    tickSeconds: g.pick([0.25, 0.5, 1, 2, 5]),
    limits: { ...genLimits(g), maxActiveCampaigns: g.maybe(0.4, () => g.int(g.bool(0.1) ? 0 : 1, 3)) },
    inFlight: { internal: campaignIn.internal + g.int(0, 1), external: campaignIn.external + g.int(0, 1) },
    lastOriginateAt: g.maybe(0.5, () => new Date(now.getTime() - g.int(0, 2000))),
    internalPattern: '^\\d{3,5}$',
    switch: {
      up: g.bool(0.95),
      sessionsPerSecond: g.maybe(0.3, () => g.pick([1, 5, 30])),
      maxSessions: g.maybe(0.2, () => g.int(0, 30)),
      lastOriginateAt: g.maybe(0.5, () => new Date(now.getTime() - g.int(0, 2000))),
    },
    gateways,
    campaigns,
  };
}
