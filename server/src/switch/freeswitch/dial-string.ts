import type { OriginateRequest } from '../port';

/** Event filter matching the variable every Pacer leg carries (plus BACKGROUND_JOB, which has no channel). */
export const PACER_FILTER = { header: 'variable_pacer_call', value: 'true' } as const;

/** Escapes a value for the `{k=v,…}` prefix: commas split pairs, quotes group. */
function escapeVar(v: string): string {
  const e = v.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/'/g, "\\'");
  return /\s/.test(e) ? `'${e}'` : e;
}

/** Keeps Pacer-chosen values from smuggling new variables or commands into the line. */
function assertSafe(what: string, v: string): void {
  if (/[\r\n{}\s]/.test(v)) throw new Error(`${what} must not contain spaces, braces or newlines: ${JSON.stringify(v)}`);
}

/** Builds the `originate` argument: `{origination_uuid=…,…}sofia/gateway/gw1/555 &park()`. */
export function originateArgs(req: OriginateRequest): string {
  assertSafe('number', req.number);
  const target = req.dialString.split('{number}').join(req.number);
  assertSafe('dial string', target);
  const vars: Array<[string, string]> = [
    ['origination_uuid', req.callId],
    ['originate_timeout', String(Math.max(1, Math.round(req.ringTimeoutSec)))],
    ['ignore_early_media', 'true'],
    // Marks our legs so the event filter (see PACER_FILTER) passes only them on a shared switch.
    ['pacer_call', 'true'],
  ];
  if (req.callerIdNumber) vars.push(['origination_caller_id_number', req.callerIdNumber]);
  if (req.callerIdName) vars.push(['origination_caller_id_name', req.callerIdName]);
  if (req.detectMachine) vars.push(['execute_on_answer', 'amd']);
  for (const [k, v] of Object.entries(req.variables ?? {})) {
    if (!/^[A-Za-z0-9_]+$/.test(k)) throw new Error(`bad channel variable name: ${k}`);
    vars.push([k, v]);
  }
  const prefix = vars.map(([k, v]) => `${k}=${escapeVar(v)}`).join(',');
  const app = req.application ?? 'park';
  return `{${prefix}}${target} &${app.includes('(') ? app : `${app}()`}`;
}
