import { SwitchError } from '../port';

/**
 * Reads mod_callcenter's `callcenter_config queue count …` reply: the count and a newline
 * (`3\n`). `-ERR …` (bad arguments, mod_callcenter not loaded) or anything else is an error,
 * never a guessed number: a dialer reading garbage as agents would over-dial.
 */
/**
 * Reads `callcenter_config queue list members Q`: a `|`-separated header and rows, then `+OK`
 * (only `+OK` when the queue has none or does not exist). Counts the rows still waiting for an
 * agent (Waiting, Trying). `state` is read from the end (`…|state|score`), so a caller name
 * holding a `|` cannot shift it.
 */
export function parseQueueWaiting(body: string): number {
  const lines = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.at(-1) !== '+OK') {
    const text = body.trim();
    const what = text.startsWith('-ERR') ? text : `unrecognised member list ${JSON.stringify(text.slice(0, 80))}`;
    throw new SwitchError(`callcenter_config: ${what}`, 'REJECTED');
  }
  const [header, ...rows] = lines.slice(0, -1);
  if (header === undefined) return 0;
  const cols = header.split('|');
  if (!cols.includes('state')) throw new SwitchError('callcenter_config: member list without a state column', 'REJECTED');
  const fromEnd = cols.length - cols.indexOf('state');
  return rows.filter((r) => {
    const f = r.split('|');
    return ['Waiting', 'Trying'].includes(f[f.length - fromEnd] ?? '');
  }).length;
}

export function parseQueueCount(body: string): number {
  const text = body.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const what = text.startsWith('-ERR') ? text : `unrecognised queue count reply ${JSON.stringify(text.slice(0, 80))}`;
  throw new SwitchError(`callcenter_config: ${what}`, 'REJECTED');
}
