import type { SwitchPort } from '../../switch/port';
import type { Clock } from '../clock';

/** By when an adopted predictive call must reach its agent, and what the callee hears if not. */
export interface PredictiveDeadline {
  deadlineMs: number;
  message: string;
}

/** How often the watch reads the dialer's clock while an agent's phone rings for a waiting callee. */
const POLL_MS = 20;

/**
 * A predictive callee is already on the line when its agent's phone is rung, and must hear the
 * message by the abandon deadline if that phone is not picked up. The bridge's leg_timeout
 * cannot say so: FreeSWITCH counts it in whole seconds, at least one, so an agent found with
 * 0.4 s left would ring on a second past the 2 s while the callee hears silence. So the agent's
 * leg is bridged under a uuid of Pacer's (origination_uuid) and cancelled at the deadline, read
 * on the dialer's clock (a stepped clock in tests, so never `Date.now()`); the bridge then
 * fails and the flow plays the message. `ringing()` false (bridged, failed, gone) ends the watch.
 * Residual race, left as is: a phone picked up in the few milliseconds before the cancel reaches
 * the switch (its bridge event not yet seen here) is hung up, and with it the callee
 * (hangup_after_bridge); uuid_kill cannot say "only if still ringing".
 */
export async function cancelAgentLegAtDeadline(
  port: SwitchPort,
  clock: Clock,
  legId: string,
  deadlineMs: number,
  ringing: () => boolean,
  onCancel: () => void,
): Promise<void> {
  while (ringing()) {
    const left = deadlineMs - clock.now().getTime();
    if (left <= 0) {
      onCancel();
      // Already answered or gone at the switch: its own event settles the call.
      await port.hangup(legId, 'ORIGINATOR_CANCEL').catch(() => undefined);
      return;
    }
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, left)));
  }
}

/** The abandon message, then the hangup; errors mean the callee is gone already (its hangup closes the attempt). */
export async function playAbandonMessage(port: SwitchPort, callId: string, message: string): Promise<void> {
  try {
    await port.broadcast(callId, message);
    await port.hangup(callId, 'NORMAL_CLEARING');
  } catch {
    // Already gone.
  }
}
