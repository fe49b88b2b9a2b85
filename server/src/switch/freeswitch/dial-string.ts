import { channelVariableNameProblem, channelVariableValueProblem } from '../../domain/telephony/channel-variables';
import { recipientChannelVariables } from '../../domain/telephony/recipient-variables';
import {
  accountcodeProblem,
  callerIdNameProblem,
  callerIdNumberProblem,
  dialableNumberProblem,
  dialStringSafetyProblem,
  CONTROL_CHARACTERS,
} from '../../domain/telephony/switch-text';
import type { MachineDetector, OriginateRequest } from '../port';
import { escapeVarValue } from './var-escape';

/** Event filter matching the variable every Pacer leg carries (plus BACKGROUND_JOB, which has no channel). */
export const PACER_FILTER = { header: 'variable_pacer_call', value: 'true' } as const;

/** Throws when a text would not reach the switch as the one value it is meant to be. */
function check(what: string, value: string, problem: (v: string) => string | undefined): void {
  const why = problem(value);
  if (why) throw new Error(`${what} ${why}: ${JSON.stringify(value)}`);
}

/**
 * The detectors' applications, run on answer in the call's own thread by an inline destination
 * (`avmd_start,amd,park inline`): mod_avmd's `avmd_start` adds a media bug and returns (its beep
 * comes as CUSTOM avmd::beep); mod_amd's `amd` listens up to its total_analysis_time, sets
 * amd_result / amd_cause and returns, then the call parks. Not `execute_on_answer`: over
 * loopback the other leg inherits it and runs `amd` on its own answer, muting the callee for
 * the whole analysis (seen on 1.10.12). No app for a detector the switch lacks: an unknown
 * application ends the call.
 */
function detectorApps(detectors: readonly MachineDetector[]): string[] {
  const apps: string[] = [];
  if (detectors.includes('avmd')) apps.push('avmd_start');
  if (detectors.includes('amd')) apps.push('amd');
  return apps;
}

/**
 * Builds the `originate` argument: `{origination_uuid=…,…}sofia/gateway/gw1/555 &park()`.
 * The input edge already refused all of this; checking again here is the last line, for
 * settings stored before those rules and for callers that bypass the API. `detectors`: what
 * the switch has loaded (mod_amd by default, for callers that did not ask).
 */
export function originateArgs(req: OriginateRequest, detectors: readonly MachineDetector[] = ['amd']): string {
  check('number', req.number, dialableNumberProblem);
  check('dial string', req.dialString, dialStringSafetyProblem);
  const target = req.dialString.split('{number}').join(req.number);
  const vars: Array<[string, string]> = [
    ['origination_uuid', req.callId],
    ['originate_timeout', String(Math.max(1, Math.round(req.ringTimeoutSec)))],
    ['ignore_early_media', 'true'],
    // Marks our legs so the event filter (see PACER_FILTER) passes only them on a shared switch.
    ['pacer_call', 'true'],
  ];
  if (req.campaignId) vars.push(['pacer_campaign', req.campaignId]);
  if (req.callerIdNumber) {
    check('caller ID number', req.callerIdNumber, callerIdNumberProblem);
    vars.push(['origination_caller_id_number', req.callerIdNumber]);
  }
  if (req.callerIdName) {
    check('caller ID name', req.callerIdName, callerIdNameProblem);
    vars.push(['origination_caller_id_name', req.callerIdName]);
  }
  if (req.accountcode) {
    check('accountcode', req.accountcode, accountcodeProblem);
    vars.push(['accountcode', req.accountcode]);
  }
  for (const [k, v] of Object.entries(req.variables ?? {})) {
    const why = channelVariableNameProblem(k) ?? channelVariableValueProblem(v);
    if (why) throw new Error(`bad channel variable ${JSON.stringify(k)}: ${why}`);
    vars.push([k, v]);
  }
  if (req.recipientId !== undefined) vars.push(...recipientVars(req.recipientId, req.recipientFields));
  const prefix = vars.map(([k, v]) => `${k}=${escapeVarValue(v)}`).join(',');
  const app = req.application ?? 'park';
  const apps = req.detectMachine ? detectorApps(detectors) : [];
  if (apps.length > 0) {
    if (app !== 'park') throw new Error(`machine detection runs before park only, not ${JSON.stringify(app)}`);
    return `{${prefix}}${target} ${[...apps, 'park'].join(',')} inline`;
  }
  return `{${prefix}}${target} &${app.includes('(') ? app : `${app}()`}`;
}

/** The recipient's id and fields, made safe by the domain and checked once more here (the last line). */
function recipientVars(recipientId: string, fields: Record<string, string> | undefined): Array<[string, string]> {
  return Object.entries(recipientChannelVariables(recipientId, fields)).map(([k, v]) => {
    if (!/^pacer_[A-Za-z0-9_]+$/.test(k)) throw new Error(`bad recipient variable name ${JSON.stringify(k)}`);
    if (/[{}]/.test(v) || CONTROL_CHARACTERS.test(v)) throw new Error(`bad recipient variable ${k}: braces or control characters`);
    return [k, v];
  });
}
