import type { AgentBehaviour, GatewayState } from './agents';

/** Where a dial string leads in the simulator: a number (how it is reached), an agent phone, or a refusal cause. */
export type Route = { number: string; loopback: boolean; sip: boolean; agent?: AgentBehaviour } | { refuse: string };

/** The endpoint forms Pacer dials (`user/`, `loopback/`, `null/`, `sofia/gateway/`, `error/`), as the real switch resolves them. */
export function routeEndpoint(
  agents: ReadonlyMap<string, AgentBehaviour>,
  gateways: ReadonlyMap<string, GatewayState>,
  endpoint: string,
): Route {
  const parts = endpoint.split('/');
  switch (parts[0]) {
    case 'error':
      return { refuse: (parts[1] ?? 'NORMAL_CLEARING').toUpperCase() };
    case 'loopback':
      return { number: parts[1] ?? '', loopback: true, sip: false };
    case 'null':
      return { number: parts[1] ?? '', loopback: false, sip: false };
    case 'user': {
      const agent = agents.get((parts[1] ?? '').split('@')[0]);
      return agent ? { number: parts[1], loopback: false, sip: true, agent } : { refuse: 'USER_NOT_REGISTERED' };
    }
    case 'sofia': {
      if (parts[1] !== 'gateway') return { number: (parts[2] ?? '').split('@')[0], loopback: false, sip: true };
      const gw = gateways.get(parts[2] ?? '');
      if (!gw) return { refuse: 'INVALID_GATEWAY' };
      if (gw === 'down') return { refuse: 'GATEWAY_DOWN' };
      return { number: parts.slice(3).join('/'), loopback: false, sip: true };
    }
    default:
      return { refuse: 'CHAN_NOT_IMPLEMENTED' };
  }
}
