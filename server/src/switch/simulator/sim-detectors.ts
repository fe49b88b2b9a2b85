import type { MachineDetector } from '../call-event';
import type { LegInfo } from './channel-headers';
import type { EventHeaders } from './frame-writer';
import type { CallScript } from './outcome';

/** What the detectors need of a simulated call (sim-call.ts). */
export interface DetectorCall {
  readonly init: { script: CallScript };
  readonly leg: LegInfo;
  readonly ctx: { publish(name: string, headers: EventHeaders): void };
  at(simSec: number, fn: () => void): void;
  executeComplete(application: string, vars: Record<string, string>): void;
  channel(name: string, leg: LegInfo): EventHeaders;
}

/** When a simulated machine's beep sounds, in seconds after the answer (the real callee's is ~3.7 s). */
export const DEFAULT_BEEP_SEC = 3.7;
/** When mod_amd decides (the real one took 1.4-1.7 s on the pacer-amd callees). */
export const AMD_SEC = 1.5;

/** The applications of an inline originate destination: `avmd_start,amd,park inline`. */
export function inlineApps(destination: string): string[] {
  const m = /^(\S+)\s+inline\b/.exec(destination.trim());
  return m ? m[1].split(',').map((a) => a.split(':')[0]) : [];
}

/**
 * The detectors an answered call runs, as the real switch runs them from the originate's
 * inline destination (captures/amd-*.json): mod_amd's `amd` ends with CHANNEL_EXECUTE_COMPLETE
 * carrying amd_result and amd_cause; mod_avmd's `avmd_start` fires CUSTOM avmd::beep when a
 * machine beeps, twice, as mod_avmd does: fired at once without channel variables, then again
 * from the session's queue with them. An app the switch has not loaded does nothing here.
 */
export function runDetectors(call: DetectorCall, apps: string[], loaded: ReadonlySet<MachineDetector>): void {
  const { script } = call.init;
  if (!script.amd) return;
  if (apps.includes('amd') && loaded.has('amd')) {
    call.at(script.amdSec ?? AMD_SEC, () => {
      // The channel keeps them: every later frame carries amd_result / amd_cause (captured).
      const vars = amdVariables(script.amd ?? 'human');
      for (const [k, v] of Object.entries(vars)) call.leg.vars.set(k, v);
      call.executeComplete('amd', {});
    });
  }
  if (apps.includes('avmd_start') && loaded.has('avmd') && script.amd === 'machine') {
    call.at(script.beepSec ?? DEFAULT_BEEP_SEC, () => {
      const full = call.channel('CUSTOM', call.leg);
      const beep = { 'Event-Subclass': 'avmd::beep', 'Call-command': 'avmd', 'Beep-Status': 'DETECTED' };
      const bare: Record<string, string> = {};
      for (const [k, v] of Object.entries(full)) if (!/^(variable_|Channel-|Caller-|Answer-State|Call-Direction)/.test(k)) bare[k] = v;
      call.ctx.publish('CUSTOM', { ...beep, ...bare, 'Event-Calling-File': 'mod_avmd.c' });
      call.ctx.publish('CUSTOM', { ...beep, ...full, 'Event-Calling-File': 'mod_avmd.c' });
    });
  }
}

/** mod_amd's variables for a scripted verdict (mod_amd has no fax verdict; the simulator keeps one). */
function amdVariables(amd: string): Record<string, string> {
  switch (amd) {
    case 'human':
      return { amd_result: 'HUMAN', amd_cause: 'HUMAN' };
    case 'machine':
      return { amd_result: 'MACHINE', amd_cause: 'MAXWORDS' };
    case 'unknown':
      return { amd_result: 'NOTSURE', amd_cause: 'TOOLONG' };
    default:
      return { amd_result: amd.toUpperCase() };
  }
}
