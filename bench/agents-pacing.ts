/**
 * Pacing simulation for agent campaigns (bench/pacing/simulate.ts): discrete events on a
 * simulated clock, seeded, no database and no switch. Hit rate 30%, talk ~exp(120 s), ring
 * 5-25 s, wrap-up 10 s, abandon = a human answer with no agent within 2 s. Every pacer is asked
 * every 250 ms how many calls to start and sees only what a runner could see. Rows:
 *
 *   PROGRESSIVE               Pacer's progressive: reserve an agent, then dial (never abandons).
 *   PREDICTIVE                Pacer's predictive: the dialer's own pure agentSlots() /
 *                             predictiveLines() (server/src/domain/dialer), fed what
 *                             agent-slots.ts measures: 15-min window, agents on call/wrap-up,
 *                             and the profile window (a US_TSR campaign: its 30 days, here the run).
 *   VICIDIAL_ADAPT_HARD_LIMIT VICIdial's adaptive dial level (bench/pacing/vicidial-adapt.ts),
 *   VICIDIAL_ADAPT_TAPERED    with its three drop-percentage caps against the day's drops:
 *   VICIDIAL_ADAPT_AVERAGE    level 1.0 / taper by hours left / halve.
 *   WEBITEL_OVERDIAL          Webitel's predictive: 1 / hit rate with its abandon correction
 *                             (bench/pacing/webitel-overdial.ts).
 *
 * Targets (the campaign's defaults): abandon <= 3% in every simulated hour (compliance), then
 * occupancy (talk + wrap-up share of agent time) >= 80%.
 *
 *   npm run bench:agents            (seed and hours: SEED=7 HOURS=8)
 */
import { DEFAULT_ABANDON_TARGET } from '../server/src/domain/dialer/agent-pacing';
import { predictive, progressive } from './pacing/pacer-modes';
import { ABANDON_WAIT_S, HIT_RATE, RING_MAX_S, RING_MIN_S, simulate, TALK_MEAN_S, WRAP_UP_S, type Pacer } from './pacing/simulate';
import { vicidialAdapt } from './pacing/vicidial-adapt';
import { webitelOverdial } from './pacing/webitel-overdial';

const HOURS = Number(process.env.HOURS ?? 8);
const SEED = Number(process.env.SEED ?? 7);
const OCCUPANCY_GOAL = 0.8;

/** Fresh pacers per run: the baselines keep state (dial level, last refresh). */
const rows: Array<[string, () => Pacer]> = [
  ['PROGRESSIVE', () => progressive],
  ['PREDICTIVE', () => predictive],
  ['VICIDIAL_ADAPT_HARD_LIMIT', () => vicidialAdapt('ADAPT_HARD_LIMIT', HOURS * 3600)],
  ['VICIDIAL_ADAPT_TAPERED', () => vicidialAdapt('ADAPT_TAPERED', HOURS * 3600)],
  ['VICIDIAL_ADAPT_AVERAGE', () => vicidialAdapt('ADAPT_AVERAGE', HOURS * 3600)],
  ['WEBITEL_OVERDIAL', () => webitelOverdial()],
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function main(): void {
  console.log(
    `Agent pacing: hit rate ${HIT_RATE * 100}%, talk ~exp(${TALK_MEAN_S} s), ring ${RING_MIN_S}-${RING_MAX_S} s, wrap-up ${WRAP_UP_S} s, ` +
      `abandon = no agent within ${ABANDON_WAIT_S} s; ${HOURS} simulated hours, seed ${SEED}`,
  );
  console.log(
    `${'mode'.padEnd(26)} agents  occupancy  talk   abandon  worst hour  dials/agent/h  vs target (abandon <= 3% every hour, occupancy >= 80%)`,
  );
  for (const agents of [5, 20, 100]) {
    for (const [name, make] of rows) {
      const r = simulate(make(), agents, HOURS, SEED);
      const gaps: string[] = [];
      if (r.worstHourAbandon > DEFAULT_ABANDON_TARGET)
        gaps.push(`abandon +${((r.worstHourAbandon - DEFAULT_ABANDON_TARGET) * 100).toFixed(1)} pt`);
      if (r.occupancy < OCCUPANCY_GOAL) gaps.push(`occupancy -${((OCCUPANCY_GOAL - r.occupancy) * 100).toFixed(1)} pt`);
      const verdict = name === 'PROGRESSIVE' ? '(reference, never abandons)' : gaps.length ? `MISSES: ${gaps.join(', ')}` : 'meets';
      console.log(
        `${name.padEnd(26)} ${String(agents).padStart(6)}  ${pct(r.occupancy)}    ${pct(r.talkShare)} ${pct(r.abandonRate)}   ${pct(r.worstHourAbandon)}  ${r.dialsPerAgentHour.toFixed(1).padStart(13)}  ${verdict}`,
      );
    }
  }
}

main();
