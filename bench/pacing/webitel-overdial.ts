/**
 * Baseline: Webitel call_center's predictive queue, from its public behaviour (the
 * cc_distribute_stats materialized view and call_center.cc_wrap_over_dial; re-implemented here,
 * not copied):
 *  - over the queue's statistic_time (default 60 min), refreshed every minute: the base
 *    over-dial is attempts / human answers (1 / hit rate) and the abandon rate is abandoned /
 *    human answers, in percent;
 *  - cc_wrap_over_dial(over, current, target, max, load_factor) with target_abandoned_rate and
 *    max_abandoned_rate 3 (their defaults) and load_factor 10: at or above max, 1:1; under the
 *    target, over x (1 + (target - current) x load_factor / 100), so 30% more than 1 / hit rate
 *    with no abandons; above the target (only when target < max), over x (max - current)(100 +
 *    load_factor) / (100 max);
 *  - lines = free agents x over-dial, capped at max_agent_line (here the campaign's 3), minus the
 *    calls still looking for an agent; fewer than 20 attempts in the window: 1:1. How the
 *    distribution function turns the over-dial into calls is Webitel's compiled SQL extension;
 *    this is the reading that matches its settings.
 */
import { DEFAULT_ABANDON_TARGET, DEFAULT_MAX_DIAL_RATIO, MIN_SAMPLE_CALLS } from '../../server/src/domain/dialer/agent-pacing';
import type { FloorView, Pacer } from './simulate';

const STATISTIC_S = 60 * 60;
const REFRESH_S = 60;
const LOAD_FACTOR = 10;

/** cc_wrap_over_dial with rates in percent. */
export function wrapOverDial(over: number, current: number, target: number, max: number, q: number): number {
  if (current >= max) return 1;
  let dx = target - current;
  if (dx === 0) dx = 0.99;
  if (dx > 0) return over + (over * dx * q) / 100;
  return (over * (((max - current) * (100 + q)) / max)) / 100;
}

export function webitelOverdial(): Pacer {
  let overDial = 1;
  let nextRefresh = 0;
  const refresh = (v: FloorView) => {
    const f = v.figures;
    const attempts = f.dialed(v.now, STATISTIC_S);
    const connected = f.answered(v.now, STATISTIC_S);
    if (attempts < MIN_SAMPLE_CALLS || connected === 0) {
      overDial = 1;
      return;
    }
    const abandonedPct = (f.abandoned(v.now, STATISTIC_S) / connected) * 100;
    const targetPct = DEFAULT_ABANDON_TARGET * 100;
    overDial = wrapOverDial(attempts / connected, abandonedPct, targetPct, targetPct, LOAD_FACTOR);
  };
  return {
    reserves: false,
    dials: (v) => {
      if (v.now >= nextRefresh) {
        refresh(v);
        nextRefresh += REFRESH_S;
      }
      const lines = Math.floor(v.free * Math.min(DEFAULT_MAX_DIAL_RATIO, Math.max(1, overDial)) + 1e-9);
      return Math.max(0, lines - v.ringing - v.waiting);
    },
  };
}
