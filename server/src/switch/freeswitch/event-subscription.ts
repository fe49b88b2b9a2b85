import { PACER_FILTER } from './dial-string';
import { ADAPTER_EVENTS } from './adapter-events';
import type { EslLink } from './esl-link';

/** Subscribes a fresh link to the events the tracker maps, through filters that keep our calls'. */
export async function subscribeEvents(link: EslLink, timeoutMs: number): Promise<void> {
  const reply = await link.command(`event json ${ADAPTER_EVENTS.join(' ')}`, timeoutMs);
  if (!reply.startsWith('+OK')) throw new Error(`event subscription refused: ${reply}`);
  // Filters OR together: our own legs, every job result (jobs carry no channel variables) and
  // every DTMF: the real switch sends DTMF without channel variables (seen on 1.10.12), so the
  // leg filter alone drops every key press; mod_avmd's beep carries no channel variables either.
  // The tracker keeps only our calls' Unique-IDs.
  for (const [header, value] of [
    [PACER_FILTER.header, PACER_FILTER.value],
    ['Event-Name', 'BACKGROUND_JOB'],
    ['Event-Name', 'DTMF'],
    ['Event-Subclass', 'avmd::beep'],
  ]) {
    const ok = await link.command(`filter ${header} ${value}`, timeoutMs);
    if (!ok.startsWith('+OK')) throw new Error(`event filter refused: ${ok}`);
  }
}
