import { agentEndpointProblem } from '../../domain/telephony/switch-text';

/**
 * How to tell whether an agent endpoint can ring now. A `user/<ext>[@<domain>]` phone rings only
 * while registered: `sofia_contact` on every profile (`*` before the slash; no domain = the
 * switch's default) answers its contact, or `error/user_not_registered`. A `loopback/` endpoint runs
 * dialplan, reachable when well formed (`loopback/<ext>/<context>/<dialplan>`, agentEndpointProblem). Other dial strings (a SIP URI, a gateway) cannot be
 * checked without calling them: reachable.
 */
export type RegistrationCheck = { ask: string } | { reachable: boolean };

export function registrationCheck(endpoint: string): RegistrationCheck {
  if (agentEndpointProblem(endpoint)) return { reachable: false };
  const [tech, rest = '', ...more] = endpoint.split('/');
  if (tech === 'loopback') return { reachable: /^[^/@]+$/.test(rest) };
  if (tech !== 'user') return { reachable: true };
  if (more.length > 0 || !/^[^@]+(@[^@]+)?$/.test(rest)) return { reachable: false };
  return { ask: `sofia_contact */${rest}` };
}

/** A contact (`sofia/internal/sip:1001@10.0.0.5:5060`) means registered; `error/…`, `-ERR` or nothing does not. */
export function parseContactReply(body: string): boolean {
  const text = body.trim();
  return text.length > 0 && !text.startsWith('error/') && !text.startsWith('-ERR');
}
