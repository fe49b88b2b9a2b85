import { isTerminal, type AmdResult, type CallEvent, type SwitchPort } from '../switch/port';
import type { MachineAnswer } from '../domain/call/machine-answer';
import { runAnswerScript, type CallHooks } from './answer-script';

/** mod_amd decides within its total_analysis_time (5 s by default); a little more for the event. */
export const AMD_WAIT_MS = 6000;
/** A machine's message waits this long for the voicemail beep (mod_avmd) before it plays anyway. */
export const BEEP_WAIT_MS = 30_000;

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
  /** Calls whose voicemail beep was heard, and who waits for one. */
  private readonly beeped = new Set<string>();
  private readonly beepWaiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly waitMs = AMD_WAIT_MS,
    private readonly beepWaitMs = BEEP_WAIT_MS,
  ) {}

  onEvent(e: CallEvent): void {
    if (e.type === 'amd') {
      this.known.set(e.callId, e.result);
      this.settle(e.callId, e.result);
    } else if (e.type === 'beep') {
      this.beeped.add(e.callId);
      this.releaseBeep(e.callId);
      // A beep is a machine's (mod_avmd alone has no other verdict): it answers a waiting screen.
      if (!this.known.has(e.callId)) {
        this.known.set(e.callId, 'machine');
        this.settle(e.callId, 'machine');
      }
    } else if (isTerminal(e)) {
      this.known.delete(e.callId);
      this.beeped.delete(e.callId);
      this.settle(e.callId, 'ended');
      this.releaseBeep(e.callId);
    }
  }

  /**
   * Resolves once the call's voicemail beep is heard (at once if it already was), the call
   * ended, or after the beep wait: a message for a machine then starts on its recording.
   */
  beep(callId: string): Promise<void> {
    if (this.beeped.has(callId)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.beepWaitMs);
      const list = this.beepWaiting.get(callId) ?? [];
      list.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.beepWaiting.set(callId, list);
    });
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
    for (const id of [...this.beepWaiting.keys()]) this.releaseBeep(id);
    this.known.clear();
    this.beeped.clear();
  }

  private releaseBeep(callId: string): void {
    const list = this.beepWaiting.get(callId);
    this.beepWaiting.delete(callId);
    for (const w of list ?? []) w();
  }

  private settle(callId: string, v: Verdict): void {
    const list = this.waiting.get(callId);
    this.waiting.delete(callId);
    for (const w of list ?? []) w(v);
  }
}

/**
 * Carries out a machine decision: hang up at once, or play the message then hang up. With
 * mod_avmd on the switch the message waits for the voicemail beep, so the recording has it
 * from its start. The attempt's outcome (MACHINE / FAX) comes from the verdict recorded with the call.
 */
export async function actOnMachine(
  port: SwitchPort,
  verdicts: AmdVerdicts,
  callId: string,
  answer: Exclude<MachineAnswer, { kind: 'PROCEED' }>,
  hooks: CallHooks,
): Promise<void> {
  if (answer.kind === 'PLAY' && port.machineDetectors()?.includes('avmd')) await verdicts.beep(callId);
  if (answer.kind === 'PLAY')
    return runAnswerScript(
      port,
      callId,
      answer.files.map((file) => ({ kind: 'PLAY' as const, file })),
      hooks,
    );
  if (hooks.alive()) await port.hangup(callId, 'NORMAL_CLEARING').catch(() => undefined);
}
