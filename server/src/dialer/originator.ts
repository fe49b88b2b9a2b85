import type { Logger } from 'pino';
import { CallOutcome, CauseAction } from '../domain/call/call-outcome';
import { SwitchError, type SwitchPort } from '../switch/port';
import type { AgentCallFlow } from './agents/agent-call-flow';
import type { CallBook } from './call-book';
import { interrupted } from './call-end';
import type { Clock } from './clock';
import { LOCK_FRESH_MS, PREVIEW_SKIP_HOLD_SECONDS } from './dialer-options';
import type { LeaderLock } from './leader-lock';
import type { OutcomeQueue } from './outcome-queue';
import type { PacingMemory } from './pacing-memory';
import type { ClaimedCall } from './claimed-call';

export interface OriginatorDeps {
  port: SwitchPort;
  book: CallBook;
  outcomes: OutcomeQueue;
  agents: AgentCallFlow;
  lock: LeaderLock;
  clock: Clock;
  /** Rate scopes: a call sent later than planned spaces the next ones from when it went (pacing-memory.ts). */
  pacing?: PacingMemory;
  /** True while this process leads and has not been stopped. */
  active: () => boolean;
  previewSkipHoldSeconds?: number;
  logger?: Logger;
}

/**
 * Sends claimed calls to the switch at their planned instant, and closes those that cannot
 * be sent. Kept apart from the loop (dialer.ts) because this is the one place a call leaves
 * the process: the leadership check right before sending and the never-redial rule live here.
 */
export class Originator {
  private readonly sentAt: number[] = [];
  /** Calls refused as LEADERSHIP_UNCERTAIN: in total, and since the last log line. */
  private uncertainTotal = 0;
  private uncertainUnlogged = 0;

  constructor(private readonly d: OriginatorDeps) {}

  /** Originates per second over the last ten seconds. */
  callsPerSecond(now = Date.now()): number {
    while (this.sentAt.length > 0 && (this.sentAt[0] ?? 0) < now - 10_000) this.sentAt.shift();
    return this.sentAt.length / 10;
  }

  schedule(call: ClaimedCall): void {
    const delay = Math.max(0, call.at.getTime() - this.d.clock.now().getTime());
    this.d.book.plan(call, delay, () => void this.originate(call));
  }

  /** A preview offer the agent dialed: its desk hears DIALING, then the call goes out as any other. */
  dialPreview(call: ClaimedCall): void {
    this.d.agents.dialing(call.callId);
    this.schedule(call);
  }

  /**
   * A preview offer not dialed: attempt closed as not counted, agent freed; the recipient is
   * READY again but held aside for a while, or the agent would be offered it again at once.
   */
  skipPreview(call: ClaimedCall, reason: string): void {
    this.d.agents.withdraw(call.callId);
    this.d.outcomes.push(interrupted(call.callId, this.d.clock.now(), reason, this.d.previewSkipHoldSeconds ?? PREVIEW_SKIP_HOLD_SECONDS));
  }

  /** Never silent: one warning per burst, with how many calls it cost and the running total. */
  private countUncertain(): void {
    this.uncertainTotal++;
    if (this.uncertainUnlogged++ > 0) return;
    setTimeout(() => {
      this.d.logger?.warn(
        { calls: this.uncertainUnlogged, total: this.uncertainTotal },
        'dialer: calls not sent, leadership uncertain (closed as LEADERSHIP_UNCERTAIN, not counted)',
      );
      this.uncertainUnlogged = 0;
    }, 1000).unref();
  }

  private async originate(call: ClaimedCall): Promise<void> {
    if (!this.d.active()) return;
    const { book, outcomes, clock } = this.d;
    // A stale lock is asked once more (one query shared by the burst) before the call is given up.
    if (!this.d.lock.isFresh(LOCK_FRESH_MS)) {
      const confirmed = await this.d.lock.check();
      // Stopped or demoted meanwhile: those paths own the call (cancelPending, or the next leader).
      if (!this.d.active() || !book.has(call.callId)) return;
      if (!confirmed) {
        // Possibly no longer leader (lock connection silent): never send; close the attempt as not counted.
        book.forget(call.callId);
        outcomes.push(interrupted(call.callId, clock.now(), 'LEADERSHIP_UNCERTAIN'));
        this.countUncertain();
        return;
      }
    }
    book.sent(call.callId);
    this.sentAt.push(Date.now());
    this.d.pacing?.noteCall(call, clock.now());
    const c = call.campaign;
    try {
      await this.d.port.originate({
        callId: call.callId,
        number: call.number,
        dialString: call.dialString,
        ringTimeoutSec: c.ringTimeoutSeconds,
        callerIdName: c.callerIdName || undefined,
        callerIdNumber: c.callerIdNumber || undefined,
        campaignId: c.id,
        accountcode: c.accountcode ?? undefined,
        variables: c.channelVariables,
        recipientId: call.recipientId,
        recipientFields: call.recipientFields,
        detectMachine: c.amd.enabled,
      });
    } catch (err) {
      // Sent but unanswered: the call is tracked and ends with an event. Never redial it.
      if (err instanceof SwitchError && err.code === 'OUTCOME_UNKNOWN') return;
      const refused = err instanceof SwitchError && err.code === 'REJECTED';
      book.forget(call.callId);
      outcomes.push(
        refused
          ? {
              ...interrupted(call.callId, clock.now(), 'ORIGINATE_REFUSED'),
              forced: { outcome: CallOutcome.FAILED, action: CauseAction.FAIL },
            }
          : interrupted(call.callId, clock.now(), 'SWITCH_UNAVAILABLE'),
      );
    }
  }
}
