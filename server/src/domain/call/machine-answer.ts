import { CallOutcome } from './call-outcome';
import { outcomeFromAmd } from './hangup-causes';

/** A campaign's AMD setting (entities/campaign-config `AmdSettings`), as the rule needs it. */
export interface MachinePolicy {
  enabled: boolean;
  onMachine: 'HANGUP' | 'PLAY' | 'CONTINUE';
}

/** The broadcast steps the rule looks at; only plain PLAY steps reach a machine. */
export interface ScriptStep {
  kind: string;
  file?: string;
}

/**
 * What to do with an answered call once AMD has spoken: PROCEED as with any human (the
 * answer script, the queue or the agent), HANGUP at once, or PLAY the message then hang up.
 */
export type MachineAnswer = { kind: 'PROCEED' } | { kind: 'HANGUP' } | { kind: 'PLAY'; files: string[] };

/**
 * True when an answered call must wait for the AMD verdict before anything is done with it:
 * a message or an agent reached before the verdict would already be wasted on a machine.
 * CONTINUE treats machines like humans, so nothing waits.
 */
export function screensForMachine(amd: MachinePolicy): boolean {
  return amd.enabled && amd.onMachine !== 'CONTINUE';
}

/**
 * Why a campaign with AMD on cannot dial through this switch: it has neither machine detector
 * loaded, so every answered call would wait for a verdict that never comes. `detectors` is what
 * the switch said at connect (`module_exists`); unknown (null: no dialer connected yet) is no reason.
 */
export function missingMachineDetector(amd: { enabled: boolean }, detectors: readonly string[] | null | undefined): string | undefined {
  if (!amd.enabled || detectors == null || detectors.length > 0) return undefined;
  return (
    'AMD is on but the switch has no machine detector loaded: load mod_amd (answering-machine detection) ' +
    'or mod_avmd (voicemail beep detection) on FreeSWITCH, or turn AMD off'
  );
}

/**
 * The campaign's `onMachine` applied to an AMD verdict (`machine`, `fax`, `human`, NOTSURE…;
 * null when none came in time, which is treated as a human: a person must never be dropped
 * for a slow detector). A fax hears nothing, so PLAY hangs it up; a machine under PLAY gets the
 * campaign's PLAY steps only: confirmations and transfers need someone to press or talk.
 */
export function machineAnswer(amd: MachinePolicy, verdict: string | null, steps: readonly ScriptStep[]): MachineAnswer {
  if (!screensForMachine(amd)) return { kind: 'PROCEED' };
  const outcome = outcomeFromAmd(verdict);
  if (outcome === CallOutcome.ANSWERED) return { kind: 'PROCEED' };
  if (amd.onMachine === 'HANGUP' || outcome === CallOutcome.FAX) return { kind: 'HANGUP' };
  const files = steps.flatMap((s) => (s.kind === 'PLAY' && s.file ? [s.file] : []));
  return files.length > 0 ? { kind: 'PLAY', files } : { kind: 'HANGUP' };
}
