import { CONTROL_CHARACTERS } from './switch-text';

/**
 * Which channel variables a tenant may put on Pacer's calls. On a shared FreeSWITCH a
 * variable is not just data: some names make the switch run a dialplan application or an API
 * command (`api_on_answer=system:…` runs a shell command on the switch), and some are the ones
 * Pacer itself sets to find and follow its own calls. Both kinds are refused at input (the
 * GraphQL edge and the campaign commands) and again by the FreeSWITCH adapter as its last line.
 *
 * The list was drawn from FreeSWITCH 1.10's sources: `switch_channel_execute_on()` and
 * `switch_channel_api_on()` run every variable whose name *starts with* the given prefix,
 * compared without regard to case, and channel variable names are case-insensitive, so every
 * rule here compares the lower-cased name.
 */

/** A refused name, or family of names, and why. */
export interface RefusedChannelVariable {
  /** `execute_on_*` style: `*` is any text; matched against the lower-cased name. */
  readonly pattern: string;
  readonly reason: string;
}

const RUNS_APP = 'FreeSWITCH runs its value as a dialplan application';
const RUNS_API = 'FreeSWITCH runs its value as an API command (system runs a shell command on the switch)';
const PACER = 'Pacer sets it itself to follow its own calls';

export const REFUSED_CHANNEL_VARIABLES: readonly RefusedChannelVariable[] = [
  // execute_on_answer, _ring, _pre_answer, _media, _originate, _pre_bridge, _record_start,
  // _fax_*, _tone_detect, _avmd_beep…; also sip_execute_on_image, opal_execute_on_t38.
  { pattern: '*execute_on_*', reason: `${RUNS_APP} when the event in its name happens` },
  // api_on_answer, _ring, _media, _originate, _pickup, _record_stop…; also sip_api_on_image.
  { pattern: '*api_on_*', reason: `${RUNS_API} when the event in its name happens` },
  { pattern: '*_hangup_hook', reason: `${RUNS_API} (or a script) when the call hangs up` },
  { pattern: 'api_reporting_hook', reason: `${RUNS_API} when the call is reported` },
  { pattern: 'api_before_bridge', reason: `${RUNS_API} when the call is bridged` },
  { pattern: 'api_after_bridge', reason: `${RUNS_API} when a bridge ends` },
  { pattern: 'exec_after_bridge_*', reason: `${RUNS_APP} when a bridge ends` },
  { pattern: 'bridge_pre_execute_*', reason: `${RUNS_APP} on a leg before it is bridged` },
  { pattern: 'record_post_process_exec_*', reason: `${RUNS_APP} or API command after a recording` },
  { pattern: 'loopback_app*', reason: `${RUNS_APP} on a loopback leg` },
  {
    pattern: 'transfer_after_*bridge',
    reason: 'FreeSWITCH transfers the call to its value, which may be inline dialplan applications',
  },
  { pattern: 'transfer_on_fail', reason: 'FreeSWITCH transfers the call to its value, which may be inline dialplan applications' },
  {
    pattern: 'origination_nested_vars',
    reason: 'it lets ${…} in originate values through, and ${…} can call API commands',
  },
  { pattern: 'origination_uuid', reason: `${PACER}: the call's id, which every event is matched by` },
  { pattern: 'origination_caller_id_number', reason: `${PACER}: set the campaign's callerIdNumber instead` },
  { pattern: 'origination_caller_id_name', reason: `${PACER}: set the campaign's callerIdName instead` },
  { pattern: 'originate_timeout', reason: `${PACER}: set the campaign's ringTimeoutSeconds instead` },
  { pattern: 'ignore_early_media', reason: `${PACER}: call progress is judged from answer, not early media` },
  { pattern: 'pacer_*', reason: `${PACER}: pacer_call marks the calls its event filter lets through` },
];

/** A name FreeSWITCH takes inside `{k=v}`: letters, digits and _, not starting with a digit. */
export const CHANNEL_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const MAX_CHANNEL_VARIABLE_NAME = 200;
export const MAX_CHANNEL_VARIABLE_VALUE = 4000;

const compiled = REFUSED_CHANNEL_VARIABLES.map((r) => ({
  ...r,
  re: new RegExp(`^${r.pattern.split('*').map(escapeRegExp).join('.*')}$`),
}));

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The refusal that covers this name, if any (any letter case). */
export function refusedChannelVariable(name: string): RefusedChannelVariable | undefined {
  const lower = name.toLowerCase();
  const hit = compiled.find((r) => r.re.test(lower));
  return hit && { pattern: hit.pattern, reason: hit.reason };
}

/** Why this name cannot be a channel variable, or undefined when it can. */
export function channelVariableNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > MAX_CHANNEL_VARIABLE_NAME) return `must be 1 to ${MAX_CHANNEL_VARIABLE_NAME} characters`;
  if (!CHANNEL_VARIABLE_NAME.test(name)) return 'must be letters, digits and _ only, not starting with a digit';
  const refused = refusedChannelVariable(name);
  if (refused) return `${name} is not allowed (${refused.pattern}): ${refused.reason}`;
  return undefined;
}

/**
 * Why this value cannot be a channel variable's, or undefined when it can. Braces are refused
 * because FreeSWITCH ends the `{…}` variable list at the first `}` whatever the quoting, and
 * `${…}` can call API commands when the value is expanded.
 */
export function channelVariableValueProblem(value: string): string | undefined {
  if (value.length > MAX_CHANNEL_VARIABLE_VALUE) return `must be at most ${MAX_CHANNEL_VARIABLE_VALUE} characters`;
  if (CONTROL_CHARACTERS.test(value)) return 'must not contain control characters (tabs, newlines…)';
  if (/[{}]/.test(value)) return 'must not contain { or } (the switch reads ${…} as a command to expand)';
  if (value.includes(':_:')) return 'must not contain :_: (the switch would dial what follows as another call)';
  return undefined;
}
