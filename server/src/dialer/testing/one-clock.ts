import type { SwitchCore } from '../../switch/simulator/switch-core';
import type { SteppedTime } from '../../switch/simulator/stepped-time';
import type { Clock } from '../clock';

/** The dialer's clock read from the simulator's stepped time: one clock for both. */
export function clockOf(time: SteppedTime): Clock {
  return { now: () => new Date(time.nowMs()) };
}

/** What one answered, still unconnected call heard, on the one clock. */
export interface Heard {
  /** Seconds from the answer to the first uuid_broadcast (the message). */
  afterAnswerSec: number;
}

/**
 * Drives one stepped clock (the simulator's SteppedTime, which the dialer reads too) in steps a
 * dialer tick apart, so the dialer's work takes no simulated time: the clock stops at each
 * switch event (plus 200 ms), creeps while a call answered with no agent nears its 2 s, and
 * holds before the 2 s until the dialer has acted on it (the agent on the line, a message, a hangup). A
 * dialer that never acts is waited for up to `stallTicks` passes, then time moves on, so a
 * missing or late message shows as one.
 */
export class OneClockStepper {
  /** Per call uuid: when the message reached the switch, from the answer. */
  readonly heard = new Map<string, Heard>();
  stalls = 0;

  constructor(
    private readonly time: SteppedTime,
    private readonly core: SwitchCore,
    private readonly ticks: (n: number) => Promise<void>,
    private readonly stallTicks = 300,
  ) {
    const broadcast = core.broadcast.bind(core);
    core.broadcast = (uuid, action) => {
      const call = core.calls.get(uuid);
      if (call && !this.heard.has(uuid)) this.heard.set(uuid, { afterAnswerSec: (time.nowMs() - call.leg.answeredMs) / 1000 });
      return broadcast(uuid, action);
    };
  }

  /** Age in ms of the oldest answer still waiting on the dialer, if any. */
  private oldestWaitingMs(): number | undefined {
    let oldest: number | undefined;
    for (const c of this.core.calls.values()) {
      // A call whose agent's phone rings is still owed: Pacer cancels that leg at the deadline.
      if (c.state !== 'answered' || c.bridgedTo || this.heard.has(c.uuid)) continue;
      const age = this.time.nowMs() - c.leg.answeredMs;
      oldest = Math.max(oldest ?? 0, age);
    }
    return oldest;
  }

  /** One dialer pass, then one step of the clock (none while the dialer owes a call its 2 s). */
  async step(maxMs = 1000): Promise<void> {
    await this.ticks(1);
    const now = this.time.nowMs();
    const waiting = this.oldestWaitingMs();
    if (waiting !== undefined && waiting >= 1990) {
      for (let i = 0; i < this.stallTicks && (this.oldestWaitingMs() ?? 0) >= 1990; i++) await this.ticks(1);
      if ((this.oldestWaitingMs() ?? 0) >= 1990) this.stalls += 1;
      this.time.advanceTo(now + 10);
      return;
    }
    let step = maxMs;
    if (waiting !== undefined) step = waiting >= 1700 ? 10 : Math.min(50, 1700 - waiting);
    const next = this.time.nextDueMs();
    // Events due within 200 ms go together: an answer reaches the dialer at most 200 ms late,
    // so its 2 s (from the arrival) end before the hold at 1990 ms.
    if (next !== undefined) step = Math.min(step, Math.max(0, next + 200 - now));
    this.time.advanceTo(now + step);
  }

  /** Steps until `untilMs` on the one clock. */
  async runTo(untilMs: number, maxMs = 1000, each?: () => Promise<void>): Promise<void> {
    while (this.time.nowMs() < untilMs) {
      await this.step(Math.min(maxMs, untilMs - this.time.nowMs()));
      if (each) await each();
    }
  }
}
