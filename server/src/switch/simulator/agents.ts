/** How a simulated agent phone (`user/1001`) reacts when a call is bridged to it. */
export type AgentBehaviour = { kind: 'answer'; afterSec: number } | { kind: 'reject' } | { kind: 'no-answer'; ringSec?: number };

/** Gateways the dial string may name: `up` (default for known ones), `down`, or unknown (absent). */
export type GatewayState = 'up' | 'down';

/**
 * The built-in switch's demo agent phones (`npm start` without ESL_HOST): `user/1001`..`user/1010`
 * are registered and answer after 2 simulated seconds, so an AGENT campaign on a fresh install
 * bridges customers to agents. Other `user/` phones are not registered.
 */
export const DEMO_AGENTS: ReadonlyArray<readonly [string, AgentBehaviour]> = Array.from(
  { length: 10 },
  (_, i) => [String(1001 + i), { kind: 'answer', afterSec: 2 }] as const,
);
