import { z } from 'zod';
import { DialingMode } from '../campaign/campaign-type';
import { predictiveLines, type PredictiveStats } from './predictive-lines';

export type { PredictiveStats } from './predictive-lines';

/** Predictive's default abandon-rate target (product.md: 3%). */
export const DEFAULT_ABANDON_TARGET = 0.03;
/** Never dial more than this many lines per agent expected to take them, whatever the hit rate says. */
export const DEFAULT_MAX_DIAL_RATIO = 3;
export { MIN_SAMPLE_CALLS } from './predictive-lines';

/** Campaign input for predictive settings. */
export const predictiveSettingsSchema = z.object({
  abandonTarget: z.number().min(0.001).max(0.5).default(DEFAULT_ABANDON_TARGET),
  maxDialRatio: z.number().min(1).max(10).default(DEFAULT_MAX_DIAL_RATIO),
});

/** Campaign input for the queue-watch multiplier ("calls = free agents x multiplier"). */
export const queueMultiplierSchema = z.number().positive().max(20).default(1);

/** What the runner knows about the campaign's agents right now. */
export interface AgentPacingInput {
  /** AVAILABLE agents for this campaign (its tiers, or queue Q for queue-watch). */
  freeAgents: number;
  /**
   * This campaign's calls dialing or ringing that do not already hold a reserved agent
   * (progressive reserves before dialing, so its calls are already out of freeAgents).
   */
  callsPending: number;
  /** Queue-watch multiplier (default 1). */
  multiplier?: number;
  /** Predictive window figures (the short window; `profileWindow` inside for the profile's). */
  stats?: PredictiveStats;
  abandonTarget?: number;
  maxDialRatio?: number;
  /** Predictive: the campaign's agents ON_CALL now (they may free up before a new call answers). */
  agentsOnCall?: number;
  /** Predictive: for each of the campaign's agents in WRAP_UP, the seconds of wrap-up it has left. */
  wrapUpLeftSeconds?: readonly number[];
  /** Predictive: wrap-up after a call, seconds (the campaign's agents' mean wrapUpSeconds; default 10). */
  wrapUpSeconds?: number;
}

/**
 * How many new calls an agent campaign may start now: the planner's `agentSlots`.
 * Preview dials only when an agent asks (0); progressive one call per free agent; queue-watch
 * free agents x multiplier; predictive the lines `predictiveLines` wants in flight (at least one
 * per free agent). Calls already pending count against the slots. Null for campaigns not paced
 * by agents (VOICE, SMS).
 */
export function agentSlots(mode: DialingMode | null, input: AgentPacingInput): number | null {
  if (mode === null) return null;
  const free = Math.max(0, Math.floor(input.freeAgents));
  const pending = Math.max(0, Math.floor(input.callsPending));
  const slots = (lines: number) => Math.max(0, Math.floor(lines + 1e-9) - pending);
  switch (mode) {
    case DialingMode.PREVIEW:
      return 0;
    case DialingMode.PROGRESSIVE:
      return slots(free);
    case DialingMode.QUEUE_WATCH:
      return slots(free * Math.max(0, input.multiplier ?? 1));
    case DialingMode.PREDICTIVE: {
      const stats = input.stats ?? { dialed: 0, humanAnswered: 0, abandoned: 0 };
      return slots(
        predictiveLines({
          ...stats,
          freeAgents: free,
          callsPending: pending,
          agentsOnCall: input.agentsOnCall,
          wrapUpLeftSeconds: input.wrapUpLeftSeconds,
          wrapUpSeconds: input.wrapUpSeconds,
          abandonTarget: input.abandonTarget ?? DEFAULT_ABANDON_TARGET,
          maxDialRatio: input.maxDialRatio ?? DEFAULT_MAX_DIAL_RATIO,
        }),
      );
    }
  }
}
