import type { Simulator } from '../../switch/simulator/simulator';

/**
 * Every uuid_broadcast the switch receives (prompts and messages alike), by call uuid, by
 * wrapping the simulator's entry point: what the callee actually heard, not what Pacer meant.
 */
export function recordBroadcasts(sim: Simulator): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const core = sim.core;
  const original = core.broadcast.bind(core);
  core.broadcast = (uuid, action) => {
    seen.set(uuid, [...(seen.get(uuid) ?? []), action]);
    return original(uuid, action);
  };
  return seen;
}
