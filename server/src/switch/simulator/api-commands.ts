import type { SwitchCore } from './switch-core';

/** A reply body, a pending one, or null when the command sends its own BACKGROUND_JOB later. */
export type ApiResult = Promise<string> | string | null;

/**
 * The API commands the simulator implements, with FreeSWITCH's reply texts. `jobUuid` is set
 * for bgapi: an originate then reports through BACKGROUND_JOB instead of the returned promise.
 */
export function runApi(core: SwitchCore, cmdline: string, jobUuid?: string): ApiResult {
  const sp = cmdline.indexOf(' ');
  const cmd = (sp < 0 ? cmdline : cmdline.slice(0, sp)).trim();
  const arg = sp < 0 ? '' : cmdline.slice(sp + 1).trim();
  const args = arg.split(/\s+/).filter(Boolean);
  switch (cmd) {
    case 'status':
      return core.status();
    case 'originate':
      return originate(core, arg, jobUuid);
    case 'uuid_kill':
      return core.kill(args[0] ?? '', args[1]);
    case 'uuid_exists':
      return core.exists(args[0] ?? '') ? 'true' : 'false';
    case 'uuid_bridge':
      return core.bridge(args[0] ?? '', args[1] ?? '');
    case 'uuid_transfer':
      return transfer(core, args);
    case 'uuid_broadcast':
      return core.broadcast(args[0] ?? '', args[1] ?? 'playback::silence_stream://1');
    case 'show':
      if (/^calls(\s+as\s+json)?$/.test(arg) || /^channels(\s+as\s+json)?$/.test(arg)) return core.showCalls();
      return `-ERR Cannot show ${arg}\n`;
    case 'fsctl':
      return fsctl(core, args);
    case 'callcenter_config':
      return core.queues.loaded ? callcenterConfig(core, arg) : `-ERR ${cmd} Command not found!\n`;
    case 'sofia_contact':
      return sofiaContact(core, arg);
    case 'chat':
      return arg.split('|').length >= 4 ? 'Sent' : '-ERR Usage: chat <proto>|<from>|<to>|<message>|[<content-type>]\n';
    case 'module_exists':
      // mod_commands answers exactly `true` or `false` (captured from 1.10.12), no newline.
      return moduleExists(core, arg);
    case 'load':
    case 'unload':
      return loadDetector(core, cmd, arg);
    case 'hostname':
      return core.identity.hostname;
    case 'version':
      return 'FreeSWITCH Version 1.10.12-release (simulator)\n';
    default:
      return `-ERR ${cmd} Command not found!\n`;
  }
}

function originate(core: SwitchCore, arg: string, jobUuid?: string): ApiResult {
  if (jobUuid) return core.originate(arg, jobUuid) ?? null;
  return new Promise<string>((resolve) => {
    const immediate = core.originate(arg, undefined, resolve);
    if (immediate !== undefined) resolve(immediate);
  });
}

/**
 * `uuid_transfer U bridge:ENDPOINT inline` bridges to an agent, `uuid_transfer U callcenter:Q inline`
 * joins a queue, `uuid_transfer U EXT XML CTX` goes to an extension.
 */
function transfer(core: SwitchCore, args: string[]): string {
  const [uuid = '', dest = ''] = args.filter((a) => a !== '-both' && a !== '-bleg');
  const call = core.calls.get(uuid);
  if (!call) return '-ERR No such channel!\n';
  // An inline list such as `set:continue_on_fail=true,bridge:{leg_timeout=20}user/1001,park`.
  const bridge = /(?:^|[,'])bridge:(?:\{([^}]*)\})?(?:\[([^\]]*)\])?([^,']+)/.exec(dest);
  if (bridge) {
    const legTimeout = /(?:^|,)leg_timeout=(\d+)/.exec(bridge[1] ?? '')?.[1];
    const legId = /(?:^|,)origination_uuid=([0-9A-Za-z-]+)/.exec(bridge[2] ?? '')?.[1];
    return core.bridgeToEndpoint(uuid, bridge[3] ?? '', legTimeout ? Number(legTimeout) : undefined, false, legId);
  }
  const queue = /^'?callcenter:([^,']+)/.exec(dest);
  if (queue) return core.joinQueue(uuid, queue[1]);
  return core.transferToExtension(uuid, dest);
}

/**
 * mod_callcenter's `callcenter_config`, the part a dialer reads: `queue count`,
 * `queue count agents Q [status] [state]`, `queue count members Q`. Arguments split on spaces
 * with quotes kept together, as switch_separate_string does; the rest says `-ERR Invalid!`.
 */
function callcenterConfig(core: SwitchCore, arg: string): string {
  const argv = (arg.match(/'[^']*'|"[^"]*"|\S+/g) ?? []).map((a) => a.replace(/^(['"])(.*)\1$/, '$2'));
  const [section, action, sub, queue, status, state] = argv;
  if (section === 'queue' && action === 'list' && sub === 'members') return core.queues.listMembers(queue ?? '');
  if (section !== 'queue' || action !== 'count') return '-ERR Invalid!\n';
  if (sub === undefined) return `${core.queues.size}\n`;
  if (sub === 'agents') return `${core.queues.countAgents(queue ?? '', status, state)}\n`;
  if (sub === 'members') return `${core.queues.countMembers(queue ?? '')}\n`;
  return '-ERR Invalid!\n';
}

/** The modules the simulator claims: the ones it models, with the machine detectors as set. */
function moduleExists(core: SwitchCore, mod: string): string {
  if (mod === 'mod_amd') return core.detectors.has('amd') ? 'true' : 'false';
  if (mod === 'mod_avmd') return core.detectors.has('avmd') ? 'true' : 'false';
  const modelled = ['mod_event_socket', 'mod_commands', 'mod_dptools', 'mod_loopback', 'mod_sofia', 'mod_tone_stream', 'mod_sms'];
  if (mod === 'mod_callcenter') return core.queues.loaded ? 'true' : 'false';
  return modelled.includes(mod) ? 'true' : 'false';
}

/** `load` / `unload` of the detector modules, with the real switch's replies (1.10.12). */
function loadDetector(core: SwitchCore, cmd: 'load' | 'unload', mod: string): string {
  const d = mod === 'mod_amd' ? 'amd' : mod === 'mod_avmd' ? 'avmd' : undefined;
  if (!d) return cmd === 'unload' ? '-ERR [No such module!]\n' : '+OK Reloading XML\n-ERR [Module already loaded]\n';
  if (cmd === 'unload') {
    if (!core.detectors.delete(d)) return '-ERR [No such module!]\n';
    return '+OK\n';
  }
  if (core.detectors.has(d)) return '+OK Reloading XML\n-ERR [Module already loaded]\n';
  core.detectors.add(d);
  return '+OK Reloading XML\n+OK\n';
}

function fsctl(core: SwitchCore, args: string[]): string {
  const [what, value] = args;
  if (what === 'sps') {
    if (value) core.limits.sessionsPerSecond = Number(value);
    return `+OK sessions per second: ${core.limits.sessionsPerSecond}\n`;
  }
  if (what === 'max_sessions') {
    if (value) core.limits.maxSessions = Number(value);
    return `+OK max sessions: ${core.limits.maxSessions}\n`;
  }
  return '-ERR Invalid command\n';
}

/**
 * `sofia_contact [profile/]user[@domain]`: the registered phone's contact, or what FreeSWITCH
 * answers for a user with no registration. The simulator's registrations are its agent table.
 */
function sofiaContact(core: SwitchCore, arg: string): string {
  const user = arg.slice(arg.indexOf('/') + 1).split('@')[0] ?? '';
  return core.agents.has(user) ? `sofia/internal/sip:${user}@${core.identity.ipv4}:5060` : 'error/user_not_registered';
}
