import { isTerminal, type CallEvent } from '../call-event';

/** A wait for one playback: `done` settles when it ends; `cancel` drops it (the command was refused). */
export interface PlaybackWait {
  done: Promise<void>;
  cancel(): void;
}

interface Waiter {
  release(): void;
  timer: NodeJS.Timeout;
}

/**
 * `uuid_broadcast … playback::F` is queued and answered at once while the file plays on, so
 * `broadcast()` waits here for the call's next `playback-done` (the switch plays a call's
 * broadcasts in order, so the oldest wait goes first). The call's end, a new link (stop events
 * may have been lost while down) or the safety timeout release waits too: never a stuck script.
 */
export class PlaybackWaits {
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(private readonly timeoutMs: number) {}

  /** Registered before the command is sent: a short file may end before its reply arrives. */
  begin(callId: string): PlaybackWait {
    let waiter: Waiter | undefined;
    const done = new Promise<void>((resolve) => {
      const w: Waiter = {
        release: () => {
          clearTimeout(w.timer);
          resolve();
        },
        timer: setTimeout(() => this.settle(callId, w), this.timeoutMs),
      };
      w.timer.unref();
      waiter = w;
      this.waiting.set(callId, [...(this.waiting.get(callId) ?? []), w]);
    });
    return { done, cancel: () => waiter && this.settle(callId, waiter) };
  }

  onEvent(e: CallEvent): void {
    const list = this.waiting.get(e.callId);
    if (!list) return;
    if (e.type === 'playback-done') {
      const first = list[0];
      if (first) this.settle(e.callId, first);
    } else if (isTerminal(e)) {
      this.waiting.delete(e.callId);
      for (const w of list) w.release();
    }
  }

  /** Releases every wait (link re-established, or the adapter is closing). */
  releaseAll(): void {
    const all = [...this.waiting.values()].flat();
    this.waiting.clear();
    for (const w of all) w.release();
  }

  private settle(callId: string, w: Waiter): void {
    const rest = (this.waiting.get(callId) ?? []).filter((x) => x !== w);
    if (rest.length > 0) this.waiting.set(callId, rest);
    else this.waiting.delete(callId);
    w.release();
  }
}
