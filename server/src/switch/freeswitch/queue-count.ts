import { SwitchError } from '../port';

/**
 * Reads mod_callcenter's `callcenter_config queue count …` reply: the count and a newline
 * (`3\n`). `-ERR …` (bad arguments, mod_callcenter not loaded) or anything else is an error,
 * never a guessed number: a dialer reading garbage as agents would over-dial.
 */
export function parseQueueCount(body: string): number {
  const text = body.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const what = text.startsWith('-ERR') ? text : `unrecognised queue count reply ${JSON.stringify(text.slice(0, 80))}`;
  throw new SwitchError(`callcenter_config: ${what}`, 'REJECTED');
}
