import { agentEndpointProblem, extensionProblem, queueNameProblem } from '../../domain/telephony/switch-text';
import { SwitchError } from '../port';

/**
 * API command lines for call control. Each argument is checked because an ESL command is one
 * line: a space or newline in a value would add arguments or a whole new command.
 */
export const callCommands = {
  kill: (callId: string, cause: string) => `uuid_kill ${uuidArg(callId)} ${cause.replace(/[^A-Z_]/g, '')}`,
  bridgeCalls: (a: string, b: string) => `uuid_bridge ${uuidArg(a)} ${uuidArg(b)}`,
  /**
   * Runs `bridge` inline on the parked call, the usual way to connect it to an agent phone. An
   * inline `bridge` that fails ends the channel, so the customer would be hung up at once: with
   * continue_on_fail the call goes back to `park` for the next agent (or the safe-harbor message),
   * and hangup_after_bridge still ends it when a connected agent hangs up. `leg_timeout` is how
   * long the agent's phone rings (FreeSWITCH's default is 60 s); `legId` becomes the agent leg's
   * uuid (origination_uuid), so that leg alone can be cancelled (`kill`) while it rings.
   */
  bridgeEndpoint: (callId: string, endpoint: string, timeoutSec?: number, legId?: string) => {
    // One variable per block: a comma would end the inline dialplan's `bridge:` application.
    const leg =
      (timeoutSec ? `{leg_timeout=${Math.max(1, Math.round(timeoutSec))}}` : '') + (legId ? `[origination_uuid=${uuidArg(legId)}]` : '');
    const target = checked('agent endpoint', endpoint, agentEndpointProblem);
    return `uuid_transfer ${uuidArg(callId)} set:continue_on_fail=true,set:hangup_after_bridge=true,bridge:${leg}${target},park inline`;
  },
  transferExtension: (callId: string, extension: string, context: string) =>
    `uuid_transfer ${uuidArg(callId)} ${checked('extension', extension, extensionProblem)} XML ${checked('context', context, extensionProblem)}`,
  /** Runs mod_callcenter's `callcenter` app inline: the call joins the queue as a member. */
  transferQueue: (callId: string, queue: string) => `uuid_transfer ${uuidArg(callId)} callcenter:${queueArg(queue)} inline`,
  /** mod_callcenter's count of the queue's agents that can take a call now (status Available, state Waiting). */
  queueFreeAgents: (queue: string) => `callcenter_config queue count agents ${queueArg(queue)} Available Waiting`,
  /** mod_callcenter's member rows of the queue (`queue count members` would also count served and abandoned ones). */
  queueMembers: (queue: string) => `callcenter_config queue list members ${queueArg(queue)}`,
  /** A bare path plays the file; `app::arg` runs any broadcast action. */
  broadcast: (callId: string, pathOrAction: string) =>
    `uuid_broadcast ${uuidArg(callId)} ${token(pathOrAction.includes('::') ? pathOrAction : `playback::${pathOrAction}`)} aleg`,
  exists: (callId: string) => `uuid_exists ${uuidArg(callId)}`,
  /** FreeSWITCH `chat <proto>|<from>|<to>|<message>`; `|` and newlines cannot appear in fields. */
  chat: (proto: string, from: string, to: string, body: string) => {
    const clean = (s: string) => s.replace(/[|\r\n]/g, ' ');
    return `chat ${token(proto)}|${clean(from)}|${clean(to)}|${clean(body)}`;
  },
};

function uuidArg(id: string): string {
  if (!/^[0-9A-Za-z-]+$/.test(id)) throw new SwitchError(`bad call id ${JSON.stringify(id)}`, 'REJECTED');
  return id;
}

/**
 * A queue name (`support@default`): one argument for callcenter_config, which splits on spaces
 * and quotes, and one inline-dialplan argument, where a comma would start another application.
 */
function queueArg(q: string): string {
  return checked('queue name', q, queueNameProblem);
}

/** The adapter's last line for user texts: the input edge applies the same rules, with the field named. */
function checked(what: string, value: string, problem: (v: string) => string | undefined): string {
  const why = problem(value);
  if (why) throw new SwitchError(`${what} ${why}: ${JSON.stringify(value)}`, 'REJECTED');
  return value;
}

/** One argument: no spaces (a new argument or command) and no braces (`{vars}`, `${api(…)}` expansions). */
function token(s: string): string {
  if (/[\s{}]/.test(s)) throw new SwitchError(`argument must not contain spaces or braces: ${JSON.stringify(s)}`, 'REJECTED');
  return s;
}
