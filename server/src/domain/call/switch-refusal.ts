/**
 * The switch's own admission control refusing an originate before any channel exists: over its
 * sessions per second or its max sessions (switch.conf.xml, `fsctl sps`, `fsctl max_sessions`).
 * FreeSWITCH's session request fails ("Throttle Error!" / "Over Session Limit" in
 * switch_core_session.c) and the endpoint (mod_sofia, mod_loopback) answers the originate with
 * `-ERR DESTINATION_OUT_OF_ORDER`; some paths say SWITCH_CONGESTION. Measured on FreeSWITCH 1.10
 * with `fsctl sps 6` (issue 22). Nothing reached the network, so it says nothing about the
 * recipient: not an attempt (SWITCH_REFUSED, never counted), and the adapter slows down.
 */
const REFUSAL_CAUSES: ReadonlySet<string> = new Set(['DESTINATION_OUT_OF_ORDER', 'SWITCH_CONGESTION']);

/** A channel-less originate failure with one of the switch's refusal causes. */
export function isSwitchRefusal(cause: string | null | undefined): boolean {
  return cause != null && REFUSAL_CAUSES.has(cause.toUpperCase());
}

/** How long a refused recipient is kept aside before it is due again (the switch needs a moment). */
export const SWITCH_REFUSAL_HOLD_SECONDS = 2;
