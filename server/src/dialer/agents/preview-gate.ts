import type { ClaimedCall } from '../claimed-call';

/** How long an offered preview call waits for the agent's dial or skip. */
export const PREVIEW_TIMEOUT_MS = 60_000;

interface Offer {
  call: ClaimedCall;
  dial: () => void;
  skip: (reason: string) => void;
  timer: NodeJS.Timeout;
}

/**
 * Preview: the call is claimed (recipient, number and agent reserved, attempt written) and
 * offered to the agent, but originated only when the agent says dial. Skip, or no answer
 * within the timeout, closes the attempt as not counted and frees the agent.
 */
export class PreviewGate {
  private readonly offers = new Map<string, Offer>();

  constructor(private readonly timeoutMs = PREVIEW_TIMEOUT_MS) {}

  hold(call: ClaimedCall, dial: () => void, skip: (reason: string) => void): void {
    const timer = setTimeout(() => this.decide(call.callId, call.agent?.id ?? '', false, 'PREVIEW_TIMEOUT'), this.timeoutMs);
    this.offers.set(call.callId, { call, dial, skip, timer });
  }

  /** The agent's decision; ignored for another agent's or an unknown (already decided) call. */
  decide(callId: string, agentId: string, dial: boolean, reason = 'PREVIEW_SKIPPED'): void {
    const o = this.offers.get(callId);
    if (!o || o.call.agent?.id !== agentId) return;
    clearTimeout(o.timer);
    this.offers.delete(callId);
    if (dial) o.dial();
    else o.skip(reason);
  }

  /** Offers not decided yet (the leader stops): the caller closes them. */
  clear(): ClaimedCall[] {
    const out = [...this.offers.values()].map((o) => {
      clearTimeout(o.timer);
      return o.call;
    });
    this.offers.clear();
    return out;
  }
}
