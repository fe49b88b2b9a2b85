/**
 * Pacer's own modes in the simulation: the dialer's pure `agentSlots()` called with what
 * server/src/dialer/agents/agent-slots.ts measures (15-minute window, agent states, and the
 * compliance profile's window: a US_TSR campaign's 30 days, which covers any run shorter).
 */
import { agentSlots, DEFAULT_ABANDON_TARGET } from '../../server/src/domain/dialer/agent-pacing';
import { DialingMode } from '../../server/src/domain/campaign/campaign-type';
import type { AbandonCounts } from '../../server/src/domain/dialer/abandon-headroom';
import { WRAP_UP_S, type FloorView, type Pacer } from './simulate';

/** Rolling window the runner measures hit and abandon rates over (agent-slots.ts). */
const WINDOW_S = 15 * 60;

/** Reserve first, then dial: one call per free agent, the agent waits on the line. */
export const progressive: Pacer = {
  reserves: true,
  dials: (v) => agentSlots(DialingMode.PROGRESSIVE, { freeAgents: v.free, callsPending: 0 }) ?? 0,
};

/**
 * Predictive with every input agent-slots.ts can pass (window means, agent states, the
 * profile window). `before`: answers and abandons already in the profile window when the run
 * starts (the rest of the month), kept there for the run.
 */
export function predictiveMode(before: AbandonCounts = { humanAnswered: 0, abandoned: 0 }): Pacer {
  return {
    reserves: false,
    dials: (v: FloorView) => {
      const f = v.figures;
      return (
        agentSlots(DialingMode.PREDICTIVE, {
          freeAgents: v.free,
          callsPending: v.ringing + v.waiting,
          stats: {
            dialed: f.dialed(v.now, WINDOW_S),
            humanAnswered: f.answered(v.now, WINDOW_S),
            abandoned: f.abandoned(v.now, WINDOW_S),
            avgAnswerSeconds: f.answerDelay(v.now, WINDOW_S),
            avgTalkSeconds: f.talk(v.now, WINDOW_S),
            windowSeconds: WINDOW_S,
            profileWindow: {
              humanAnswered: before.humanAnswered + f.answered(v.now, Infinity),
              abandoned: before.abandoned + f.abandoned(v.now, Infinity),
            },
          },
          agentsOnCall: v.onCall,
          wrapUpLeftSeconds: v.wrapUpLeft,
          wrapUpSeconds: WRAP_UP_S,
          abandonTarget: DEFAULT_ABANDON_TARGET,
        }) ?? 0
      );
    },
  };
}

/** Predictive as a fresh US_TSR campaign dials: its 30 days are the run itself. */
export const predictive: Pacer = predictiveMode();
