import type { SimCall } from './sim-call';

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
 *   Hangup-Cause. As on the real switch (captures/ivr-*.json), ivr_menu_status is a channel
 *   variable from the menu's start (later frames carry it), and a `greeting` plays first:
 *   PLAYBACK_STOP when it ends, with no `playback` completion (the app is the menu).
 * An extension the simulator has no entry for holds the call (application `transfer`).
 */
export type SimExtension =
  | { kind: 'bridge'; endpoint: string }
  | {
      kind: 'ivr';
      menu: string;
      sec: number;
      status?: 'success' | 'failure' | 'timeout';
      /** The menu's greet-long sound and how long it plays (simulated seconds). */
      greeting?: { file: string; sec: number };
    };

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
export function runIvr(call: SimCall, ext: Extract<SimExtension, { kind: 'ivr' }>): void {
  call.application = 'ivr';
  call.execute('ivr', ext.menu);
  // Entering the menu sets ivr_menu_status=success (switch_ivr_menu.c); a hangup ends it with that value.
  call.setVar('ivr_menu_status', 'success');
  call.appRunning = (hanging) => call.executeComplete('ivr', {}, ext.menu, '_none_', hanging);
  const { greeting } = ext;
  if (greeting) {
    call.startAppPlayback(greeting.file);
    call.at(greeting.sec, () => call.stopAppPlayback());
  }
  call.at(ext.sec, () => {
    if (call.state !== 'answered') return;
    call.appRunning = undefined;
    call.stopAppPlayback();
    call.setVar('ivr_menu_status', ext.status ?? 'success');
    call.executeComplete('ivr', {}, ext.menu);
    call.hangup('NORMAL_CLEARING');
  });
}
