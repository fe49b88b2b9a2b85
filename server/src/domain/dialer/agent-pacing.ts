import { z } from 'zod';
import { DialingMode } from '../campaign/campaign-type';

/** Predictive's default abandon-rate target (product.md: 3%). */
export const DEFAULT_ABANDON_TARGET = 0.03;
/** Never dial more than this many lines per free agent, whatever the hit rate says. */
export const DEFAULT_MAX_DIAL_RATIO = 3;
/** Below this many dialed calls in the window the measured hit rate is noise: dial 1:1. */
export const MIN_SAMPLE_CALLS = 20;

/** Campaign input for predictive settings. */
export const predictiveSettingsSchema = z.object({
  abandonTarget: z.number().min(0.001).max(0.5).default(DEFAULT_ABANDON_TARGET),
  maxDialRatio: z.number().min(1).max(10).default(DEFAULT_MAX_DIAL_RATIO),
});

/** Campaign input for the queue-watch multiplier ("calls = free agents x multiplier"). */
export const queueMultiplierSchema = z.number().positive().max(20).default(1);

/** Rolling-window figures the runner measures for a predictive campaign. */
export interface PredictiveStats {
  /** Calls dialed in the window. */
  dialed: number;
  /** Human answers in the window. */
  humanAnswered: number;
  /** Human answers that found no agent within 2 s. */
  abandoned: number;
}

/**
 * Lines to dial per free agent. The base is 1 / hit rate (so on average one human answers per
 * free agent), capped at `maxRatio`; it is scaled back linearly towards 1:1 as the abandon
 * rate approaches the target and is 1:1 at or above it, so abandons stay under the target.
 * Too few samples: 1:1, the safe choice.
 */
export function predictiveDialRatio(
  stats: PredictiveStats,
  abandonTarget = DEFAULT_ABANDON_TARGET,
  maxRatio = DEFAULT_MAX_DIAL_RATIO,
): number {
  if (stats.dialed < MIN_SAMPLE_CALLS || stats.humanAnswered <= 0) return 1;
  const hitRate = Math.min(1, stats.humanAnswered / stats.dialed);
  const base = Math.min(Math.max(1, maxRatio), 1 / hitRate);
  const abandonRate = stats.abandoned / stats.humanAnswered;
  if (abandonTarget <= 0) return 1;
  const headroom = Math.min(1, Math.max(0, (abandonTarget - abandonRate) / abandonTarget));
  return 1 + (base - 1) * headroom;
}

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
  /** Predictive window figures. */
  stats?: PredictiveStats;
  abandonTarget?: number;
  maxDialRatio?: number;
}

/**
 * How many new calls an agent campaign may start now: the planner's `agentSlots`.
 * Preview dials only when an agent asks (0); progressive one call per free agent; queue-watch
 * free agents x multiplier; predictive free agents x the adaptive ratio. Calls already
 * pending count against the slots. Null for campaigns not paced by agents (VOICE, SMS).
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
      return slots(free * predictiveDialRatio(stats, input.abandonTarget, input.maxDialRatio));
    }
  }
}
