/** How a simulated agent phone (`user/1001`) reacts when a call is bridged to it. */
export type AgentBehaviour = { kind: 'answer'; afterSec: number } | { kind: 'reject' } | { kind: 'no-answer'; ringSec?: number };

/** Gateways the dial string may name: `up` (default for known ones), `down`, or unknown (absent). */
export type GatewayState = 'up' | 'down';
