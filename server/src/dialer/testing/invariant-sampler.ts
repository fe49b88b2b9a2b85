import type { EntityManager } from '@mikro-orm/postgresql';
import type { Simulator } from '../../switch/simulator/simulator';
import { rows } from '../sql-rows';

/** Peaks seen on the switch: per campaign, per gateway, overall, and recipients twice at once. */
export interface Peaks {
  total: number;
  byCampaign: Map<string, number>;
  byGateway: Map<string, number>;
  /** Numbers seen in two live calls at the same instant. */
  doubled: Set<string>;
}

/**
 * Samples the simulator's live calls every few milliseconds, from the switch's side (the
 * truth the limits are about), not from what the dialer believes.
 */
export class InvariantSampler {
  readonly peaks: Peaks = { total: 0, byCampaign: new Map(), byGateway: new Map(), doubled: new Set() };
  private timer: NodeJS.Timeout | null = null;
  samples = 0;

  constructor(private readonly sim: Simulator) {}

  start(everyMs = 5): this {
    this.timer = setInterval(() => this.sample(), everyMs);
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  sample(): void {
    this.samples += 1;
    const byCampaign = new Map<string, number>();
    const byGateway = new Map<string, number>();
    const numbers = new Set<string>();
    let total = 0;
    for (const call of this.sim.core.calls.values()) {
      total += 1;
      const campaign = call.init.vars.get('pacer_campaign') ?? '?';
      byCampaign.set(campaign, (byCampaign.get(campaign) ?? 0) + 1);
      const gw = /^sofia\/gateway\/([^/]+)\//.exec(call.init.endpoint)?.[1];
      if (gw) byGateway.set(gw, (byGateway.get(gw) ?? 0) + 1);
      if (numbers.has(call.init.number)) this.peaks.doubled.add(call.init.number);
      numbers.add(call.init.number);
    }
    this.peaks.total = Math.max(this.peaks.total, total);
    for (const [k, v] of byCampaign) this.peaks.byCampaign.set(k, Math.max(this.peaks.byCampaign.get(k) ?? 0, v));
    for (const [k, v] of byGateway) this.peaks.byGateway.set(k, Math.max(this.peaks.byGateway.get(k) ?? 0, v));
  }
}

/** Records every originate the switch receives (uuid, number, when), by wrapping its entry point. */
export function recordOriginates(sim: Simulator, clock: () => Date = () => new Date()): Array<{ uuid: string; number: string; at: Date }> {
  const seen: Array<{ uuid: string; number: string; at: Date }> = [];
  const core = sim.core;
  const original = core.originate.bind(core);
  core.originate = (arg, jobUuid, onJobDone) => {
    const uuid = /origination_uuid=([^,}]+)/.exec(arg)?.[1] ?? '';
    const number = /\/([^/\s]+?)(?:\/default)?\s&/.exec(arg)?.[1] ?? '';
    seen.push({ uuid, number, at: clock() });
    return original(arg, jobUuid, onJobDone);
  };
  return seen;
}

/**
 * Samples the database for recipients with two open attempts at once (the dialer's own record
 * of "never the same recipient twice"), beside InvariantSampler's view from the switch.
 */
export class OpenTwiceSampler {
  readonly recipients: string[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(em: () => EntityManager, everyMs = 50) {
    this.timer = setInterval(() => {
      void rows<{ recipient_id: string }>(
        em(),
        `select recipient_id from call_attempt where ended_at is null group by 1 having count(*) > 1`,
      ).then(
        (r) => this.recipients.push(...r.map((x) => x.recipient_id)),
        () => undefined, // a sample lost to a busy pool is only one sample fewer
      );
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
