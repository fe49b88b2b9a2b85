import { isTerminal, type AmdResult, type CallEvent, type SwitchPort } from '../switch/port';
import type { MachineAnswer } from '../domain/call/machine-answer';
import { runAnswerScript, type CallHooks } from './answer-script';

/** mod_amd decides within its total_analysis_time (5 s by default); a little more for the event. */
export const AMD_WAIT_MS = 6000;

/** A verdict, null when none came in time, or 'ended': the call is gone (or the dialer no longer leads). */
export type Verdict = AmdResult | null | 'ended';

type Waiter = (verdict: Verdict) => void;

/**
 * The AMD verdicts of live calls, for whoever holds an answered call until it knows whether a
 * person picked up (CallBook for VOICE, the agent flow before a bridge). Fed every switch event
 * by the dialer; a verdict that arrives before anyone asks is kept until the call ends.
 */
export class AmdVerdicts {
  private readonly known = new Map<string, AmdResult>();
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(private readonly waitMs = AMD_WAIT_MS) {}

  onEvent(e: CallEvent): void {
    if (e.type === 'amd') {
      this.known.set(e.callId, e.result);
      this.settle(e.callId, e.result);
    } else if (isTerminal(e)) {
      this.known.delete(e.callId);
      this.settle(e.callId, 'ended');
    }
  }

  /** The call's verdict; null when none came within the wait. */
  verdict(callId: string): Promise<Verdict> {
    const known = this.known.get(callId);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), this.waitMs);
      const list = this.waiting.get(callId) ?? [];
      list.push((v) => {
        clearTimeout(timer);
        resolve(v);
      });
      this.waiting.set(callId, list);
    });
  }

  /** Leadership lost or dialer stopped: nobody waits any more. */
  clear(): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, 'ended');
    this.known.clear();
  }

  private settle(callId: string, v: Verdict): void {
    const list = this.waiting.get(callId);
    this.waiting.delete(callId);
    for (const w of list ?? []) w(v);
  }
}

/**
 * Carries out a machine decision: hang up at once, or play the message then hang up. The
 * attempt's outcome (MACHINE / FAX) comes from the verdict already recorded with the call.
 */
export async function actOnMachine(
  port: SwitchPort,
  callId: string,
  answer: Exclude<MachineAnswer, { kind: 'PROCEED' }>,
  hooks: CallHooks,
): Promise<void> {
  if (answer.kind === 'PLAY')
    return runAnswerScript(
      port,
      callId,
      answer.files.map((file) => ({ kind: 'PLAY' as const, file })),
      hooks,
    );
  if (hooks.alive()) await port.hangup(callId, 'NORMAL_CLEARING').catch(() => undefined);
}
