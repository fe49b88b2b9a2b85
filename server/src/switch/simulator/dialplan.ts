import type { SimCall } from './sim-call';
import type { SimClock } from './sim-clock';

/**
 * A dialplan extension of the simulated switch, what `uuid_transfer U EXT XML default` runs:
 * - `bridge`: `bridge <endpoint>` (no continue_on_fail), as an extension that rings a phone does.
 *   The second leg behaves like any endpoint of the simulator: `user/<id>` an agent phone
 *   (unregistered: USER_NOT_REGISTERED), `loopback/<number>` a callee by the outcome model (the
 *   digit convention: ...0001 busy, ...0003 congestion). Answered: CHANNEL_BRIDGE; failed: the
 *   bridge's CHANNEL_EXECUTE_COMPLETE with originate_disposition / DIALSTATUS, then the call hangs
 *   up with that cause (switch_channel_handle_cause); the caller hanging up while it rings:
 *   ORIGINATOR_CANCEL.
 * - `ivr`: `ivr <menu>`: CHANNEL_EXECUTE, the caller spends `sec` (simulated) in the menu, then
 *   CHANNEL_EXECUTE_COMPLETE with ivr_menu_status (default success) and the extension ends
 *   (hangup NORMAL_CLEARING). A caller gone earlier cuts the menu: its completion carries the
 *   Hangup-Cause.
 * An extension the simulator has no entry for holds the call (application `transfer`).
 */
export type SimExtension =
  { kind: 'bridge'; endpoint: string } | { kind: 'ivr'; menu: string; sec: number; status?: 'success' | 'failure' | 'timeout' };

/** The DIALSTATUS FreeSWITCH sets for an originate's cause (switch_ivr_originate.c). */
export function dialStatus(cause: string): string {
  switch (cause) {
    case 'SUCCESS':
      return 'ANSWER';
    case 'ORIGINATOR_CANCEL':
      return 'CANCEL';
    case 'USER_BUSY':
      return 'BUSY';
    case 'NO_ANSWER':
      return 'NOANSWER';
    case 'DESTINATION_OUT_OF_ORDER':
    case 'INVALID_PROFILE':
      return 'INVALIDARGS';
    case 'CALL_REJECTED':
      return 'DONTCALL';
    default:
      return cause;
  }
}

/** The variables a failed `bridge` leaves on the caller's channel (mod_dptools, switch_ivr_originate). */
export function bridgeFailure(cause: string): Record<string, string> {
  return { originate_disposition: cause, originate_failed_cause: cause, bridge_hangup_cause: cause, DIALSTATUS: dialStatus(cause) };
}

/** Runs an `ivr` extension on an answered call (see SimExtension). */
export function runIvr(clock: SimClock, call: SimCall, ext: Extract<SimExtension, { kind: 'ivr' }>): void {
  call.application = 'ivr';
  call.execute('ivr', ext.menu);
  // Entering the menu sets ivr_menu_status=success; a hangup ends it with that value.
  call.appRunning = (hanging) => call.executeComplete('ivr', { ivr_menu_status: 'success' }, ext.menu, '_none_', hanging);
  clock.after(ext.sec, () => {
    if (call.state !== 'answered') return;
    call.appRunning = undefined;
    call.executeComplete('ivr', { ivr_menu_status: ext.status ?? 'success' }, ext.menu);
    call.hangup('NORMAL_CLEARING');
  });
}
