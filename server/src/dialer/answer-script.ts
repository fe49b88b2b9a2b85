import type { BroadcastAction } from '../entities/campaign-config';
import type { BridgeTarget, SwitchPort } from '../switch/port';

type ConfirmAction = Extract<BroadcastAction, { kind: 'CONFIRM_ANSWER' | 'CONFIRM_LISTEN' }>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * How long each confirmation prompt waits for its key once it has finished playing, unless the
 * action sets its own `seconds`. Per prompt: a CONFIRM_LISTEN that repeats 3 times waits this
 * long after each of its plays (a key pressed while a prompt plays counts too).
 */
export const CONFIRM_WAIT_MS = 5000;

/**
 * A campaign's sound file always goes to the switch as `playback::file`: a stored text that
 * looks like `app::arg` is then only a strange file name, never an application to run.
 */
function playback(file: string): string {
  return `playback::${file}`;
}

/** What the script asks of the call while it runs. */
export interface CallHooks {
  alive(): boolean;
  /** True once the callee pressed the key of this confirmation. */
  confirmed(kind: 'CONFIRM_ANSWER' | 'CONFIRM_LISTEN'): boolean;
  /** The confirmation whose key counts now (null: none); a key pressed before its prompt does not. */
  awaiting?(action: ConfirmAction | null): void;
  /** Wait for a confirmation key after each prompt (ms), for actions without `seconds`; CONFIRM_WAIT_MS unless set. */
  confirmWaitMs?: number;
  /** Step `index` of the actions begins (put on record, so a new leader can resume there). */
  step?(index: number): void;
  /** A TRANSFER action is about to send the call to its extension (its bridge's events may come before the reply). */
  transferring?(): void;
  /** The switch took the TRANSFER: the call is at the extension, whose second leg decides IN_*. */
  transferred?(): void;
}

/** Where a re-attached call's script picks up: the step the old leader had begun, and when. */
export interface ScriptResume {
  step: number;
  startedAt: Date;
}

/** Where the call goes once its actions are done, instead of being hung up (queue-watch: its queue). */
export interface HandOff {
  target: BridgeTarget;
  /** The switch took the transfer: the call is someone else's now. */
  done(): void;
  /** Checked first: false keeps the call from the target (a full queue); it is then hung up. */
  admit?(): Promise<boolean>;
}

/**
 * What a VOICE campaign does with an answered call: its broadcast actions in order, then
 * hang up (Pacer keeps the call parked, so someone must end it). TRANSFER hands the call
 * over and ends the script; so does `handOff` after the actions (a refused hand-off hangs up,
 * or the callee would wait in park forever). Errors mean the call is already gone; its
 * hangup event decides.
 */
export async function runAnswerScript(
  port: SwitchPort,
  callId: string,
  actions: readonly BroadcastAction[],
  hooks: CallHooks,
  minHoldSeconds = 0,
  handOff?: HandOff,
  resume?: ScriptResume,
): Promise<void> {
  const alive = () => hooks.alive();
  const started = Date.now();
  try {
    for (let i = resume?.step ?? 0; i < actions.length; i++) {
      const a = actions[i];
      if (!a || !alive()) return;
      // The step the old leader had begun: its file may still be playing on the switch (broadcasts
      // play in order, so a silent tail ends when it does) and its wait has partly passed.
      const begun = resume?.step === i ? resume.startedAt.getTime() : null;
      if (begun === null) hooks.step?.(i);
      switch (a.kind) {
        case 'PLAY':
          await port.broadcast(callId, playback(begun === null ? a.file : 'silence_stream://1'));
          break;
        case 'WAIT':
          await sleep(Math.max(0, a.seconds * 1000 - (begun === null ? 0 : Date.now() - begun)));
          break;
        case 'TRANSFER':
          hooks.transferring?.();
          await port.transfer(callId, { extension: a.extension });
          hooks.transferred?.();
          return;
        case 'CONFIRM_ANSWER':
          // The rest of the script is for the person who pressed the key: no key, no message.
          if (await awaitKey(port, callId, a, hooks, 1)) break;
          if (alive()) await port.hangup(callId, 'NORMAL_CLEARING');
          return;
        case 'CONFIRM_LISTEN':
          // The message repeats until its key; without it the script goes on (the outcome says UNCONFIRMED).
          await awaitKey(port, callId, a, hooks, Math.max(1, a.repeat));
          break;
      }
    }
    if (handOff) {
      if (!alive()) return;
      const admitted = handOff.admit ? await handOff.admit() : true;
      const taken =
        admitted &&
        alive() &&
        (await port.transfer(callId, handOff.target).then(
          () => true,
          () => false,
        ));
      if (taken) return handOff.done();
      if (alive()) await port.hangup(callId, 'NORMAL_CLEARING');
      return;
    }
    // A short message must not make a reached callee look like a SHORT_CALL.
    const left = minHoldSeconds * 1000 - (Date.now() - started);
    if (left > 0) await sleep(left);
    if (alive()) await port.hangup(callId, 'NORMAL_CLEARING');
  } catch {
    // The call ended meanwhile: nothing to do, its terminal event is on its way.
  }
}

/**
 * Plays a confirmation prompt up to `plays` times, each followed by its own wait for the key;
 * true once the key is in. Digits arrive as dtmf events (the call book records them).
 */
async function awaitKey(port: SwitchPort, callId: string, a: ConfirmAction, hooks: CallHooks, plays: number): Promise<boolean> {
  const waitMs = a.seconds !== undefined ? a.seconds * 1000 : (hooks.confirmWaitMs ?? CONFIRM_WAIT_MS);
  const done = () => !hooks.alive() || hooks.confirmed(a.kind);
  hooks.awaiting?.(a);
  try {
    for (let i = 0; i < plays && !done(); i++) {
      await port.collectDtmf(callId, playback(a.file));
      const until = Date.now() + waitMs;
      while (Date.now() < until && !done()) await sleep(20);
    }
    return hooks.confirmed(a.kind);
  } finally {
    hooks.awaiting?.(null);
  }
}
