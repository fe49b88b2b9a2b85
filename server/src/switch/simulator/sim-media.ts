import type { EventHeaders } from './frame-writer';
import type { SimClock } from './sim-clock';

type Decorate = (h: EventHeaders) => EventHeaders;
const asIs: Decorate = (h) => h;

/** What a call's media needs from the call it plays on. */
export interface MediaHost {
  readonly clock: SimClock;
  isAnswered(): boolean;
  at(simSec: number, fn: () => void): void;
  /** A frame of the call's own leg, with its current variables. */
  ownFrame(name: string): EventHeaders;
  publish(name: string, h: EventHeaders): void;
  executeComplete(application: string, vars: Record<string, string>, data?: string, response?: string, decorate?: Decorate): void;
}

/**
 * The files one simulated call plays: broadcasts queued in order, and the file an application
 * plays itself (an IVR's greeting, a queue's music on hold). Kept apart from SimCall so the
 * call's life (ring, answer, hang-up) and its media each read in one place.
 */
export class SimMedia {
  /** Simulated ms when the files queued so far have all played (broadcasts play in order). */
  private freeMs = 0;
  /** The broadcast file playing now, if any. */
  private playing?: string;
  /** The file an application plays itself, if any. */
  private appFile?: string;

  constructor(private readonly call: MediaHost) {}

  /**
   * A broadcast file: PLAYBACK_START when its turn comes, PLAYBACK_STOP (done) and playback's
   * CHANNEL_EXECUTE_COMPLETE `sec` later. A hangup during the file sends its stop first, as the
   * real switch does (PLAYBACK_STOP still says `done`; playback answers `PLAYBACK ERROR`);
   * files queued behind it never start.
   */
  play(file: string, sec: number): void {
    if (!this.call.isAnswered()) return;
    const now = this.call.clock.nowMs();
    const startMs = Math.max(now, this.freeMs);
    const endMs = startMs + sec * 1000;
    this.freeMs = endMs;
    const start = () => {
      this.playing = file;
      this.event('PLAYBACK_START', file);
    };
    // Free media: the file starts now, so a hangup right after the reply cuts a playing file.
    if (startMs === now) start();
    else this.call.at((startMs - now) / 1000, start);
    this.call.at((endMs - now) / 1000, () => {
      this.playing = undefined;
      this.event('PLAYBACK_STOP', file, 'done');
      this.call.executeComplete('playback', {}, file, 'FILE PLAYED');
    });
  }

  /**
   * A file an application plays itself: PLAYBACK_START now, PLAYBACK_STOP when stopApp() is
   * called or the call hangs up (that stop carries the Hangup-Cause and comes before the app's
   * completion). Unlike a broadcast there is no `playback` CHANNEL_EXECUTE_COMPLETE: the app
   * running is the IVR or the queue (captures/ivr-*.json, queue-*.json).
   */
  startApp(file: string): void {
    this.appFile = file;
    this.event('PLAYBACK_START', file);
  }

  stopApp(decorate: Decorate = asIs): void {
    const file = this.appFile;
    if (file === undefined) return;
    this.appFile = undefined;
    this.event('PLAYBACK_STOP', file, 'done', decorate);
  }

  /** The call hangs up: the broadcast playing is cut, then the app's own file stops. */
  hangingUp(hanging: Decorate): void {
    const cut = this.playing;
    this.playing = undefined;
    if (cut !== undefined) {
      this.event('PLAYBACK_STOP', cut, 'done', hanging);
      this.call.executeComplete('playback', {}, cut, 'PLAYBACK ERROR', hanging);
    }
    this.stopApp(hanging);
  }

  private event(name: 'PLAYBACK_START' | 'PLAYBACK_STOP', file: string, status?: 'done', decorate: Decorate = asIs): void {
    const h = decorate(this.call.ownFrame(name));
    h['Playback-File-Path'] = file;
    if (status) h['Playback-Status'] = status;
    this.call.publish(name, h);
  }
}
