/**
 * Baseline: VICIdial's adaptive dial methods, from its public behaviour (docs/PREDICTIVE.txt and
 * bin/AST_VDadapt.pl / AST_VDauto_dial.pl, AGPLv2; re-implemented here, not copied):
 *  - every 15 s the dial level is multiplied by 1 + (ready agents - waiting calls) / logged-in
 *    agents, both averaged over those 15 s (adaptive_intensity 0, adaptive_dl_diff_target 0),
 *    then capped at adaptive_maximum_level (3.0) and floored at 1.0;
 *  - drop rules, drops counted against the day's (here: the shift's) human answers once more
 *    than 50 calls were placed: over adaptive_dropped_percentage, ADAPT_HARD_LIMIT sets the
 *    level to 1.0, ADAPT_AVERAGE halves it, ADAPT_TAPERED multiplies it by the hours left
 *    until adaptive_latest_server_time / 10 (the shift's end; 1.0 once past it). A last minute
 *    with over 20 calls and over 50% drops halves the level whatever the method;
 *  - the dialer keeps round(level x agents not paused) lines: calls ringing, queued or talking
 *    count against it (vicidial_auto_calls), agents ready, talking or in wrap-up count for it
 *    (available_only_ratio_tally N, the default). The level starts at 1.0.
 * Same ticks and the same 2 s abandon rule as the other rows, so only the policy differs
 * (VICIdial itself drops after drop_call_seconds, default 5 s, and dials about once a second).
 */
import { DEFAULT_ABANDON_TARGET, DEFAULT_MAX_DIAL_RATIO } from '../../server/src/domain/dialer/agent-pacing';
import type { FloorView, Pacer } from './simulate';

export type VicidialMethod = 'ADAPT_HARD_LIMIT' | 'ADAPT_TAPERED' | 'ADAPT_AVERAGE';

const ADAPT_EVERY_S = 15;

export function vicidialAdapt(method: VicidialMethod, shiftSeconds: number): Pacer {
  let level = 1;
  let readyMinusWaiting = 0;
  let loggedIn = 0;
  let samples = 0;
  let nextAdapt = ADAPT_EVERY_S;

  const adapt = (v: FloorView) => {
    const diff = samples ? readyMinusWaiting / samples : 0;
    const agents = samples ? loggedIn / samples : 0;
    readyMinusWaiting = loggedIn = samples = 0;
    if (agents > 0) level *= 1 + diff / agents;
    level = Math.min(DEFAULT_MAX_DIAL_RATIO, level);
    const f = v.figures;
    const lastMinuteCalls = f.dialed(v.now, 60);
    const lastMinuteAnswers = f.answered(v.now, 60);
    if (lastMinuteCalls > 20 && lastMinuteAnswers > 0 && f.abandoned(v.now, 60) / lastMinuteAnswers > 0.5) level /= 2;
    const answers = f.answered(v.now, Infinity);
    const dropShare = answers > 0 ? f.abandoned(v.now, Infinity) / answers : 0;
    if (f.dialed(v.now, Infinity) > 50 && dropShare > DEFAULT_ABANDON_TARGET) {
      const hoursLeft = (shiftSeconds - v.now) / 3600;
      if (method === 'ADAPT_HARD_LIMIT') level = 1;
      else if (method === 'ADAPT_AVERAGE') level /= 2;
      else level = hoursLeft < 0 ? 1 : level * Math.min(1, hoursLeft / 10);
    }
    level = Math.max(1, level);
  };

  return {
    reserves: false,
    dials: (v) => {
      readyMinusWaiting += v.free - v.waiting;
      loggedIn += v.agents;
      samples++;
      if (v.now >= nextAdapt) {
        adapt(v);
        nextAdapt += ADAPT_EVERY_S;
      }
      const notPaused = v.free + v.onCall + v.wrapUpLeft.length;
      const lines = v.ringing + v.waiting + v.onCall;
      return Math.max(0, Math.round(level * notPaused) - lines);
    },
  };
}
