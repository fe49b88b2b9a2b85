import type { BroadcastAction } from '../entities/campaign-config';
import type { BridgeTarget, SwitchPort } from '../switch/port';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** How long a confirmation prompt waits for its key before the script moves on (no press = not confirmed). */
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
  /** Wait for a confirmation key (ms); CONFIRM_WAIT_MS unless set. */
  confirmWaitMs?: number;
  /** Step `index` of the actions begins (put on record, so a new leader can resume there). */
  step?(index: number): void;
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
          await port.transfer(callId, { extension: a.extension });
          return;
        case 'CONFIRM_ANSWER':
        case 'CONFIRM_LISTEN': {
          // The prompt invites a key press; digits arrive as dtmf events and are recorded there.
          const plays = a.kind === 'CONFIRM_LISTEN' ? Math.max(1, a.repeat) : 1;
          for (let i = 0; i < plays && alive() && !hooks.confirmed(a.kind); i++) {
            await port.collectDtmf(callId, playback(a.file));
            const until = Date.now() + (hooks.confirmWaitMs ?? CONFIRM_WAIT_MS) / plays;
            while (Date.now() < until && alive() && !hooks.confirmed(a.kind)) await sleep(20);
          }
          break;
        }
      }
    }
    if (handOff) {
      if (!alive()) return;
      const taken = await port.transfer(callId, handOff.target).then(
        () => true,
        () => false,
      );
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
