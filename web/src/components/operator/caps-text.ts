// The operator's caps as every page shows them: a number, or "no cap" (null means unlimited).
/** The schema's TenantCaps: null is no cap. */
export interface Caps {
  maxConcurrentCalls: number | null;
  callsPerSecond: number | null;
  maxActiveCampaigns: number | null;
}

export const CAP_FIELDS: Array<{ key: keyof Caps; label: string; hint: string; kind: 'int' | 'float' }> = [
  { key: 'maxConcurrentCalls', label: 'Max concurrent calls', hint: '1 to 100000; empty: no cap', kind: 'int' },
  { key: 'callsPerSecond', label: 'Calls per second', hint: '0.1 to 10000; empty: no cap', kind: 'float' },
  { key: 'maxActiveCampaigns', label: 'Max active campaigns', hint: '1 to 1000; empty: no cap', kind: 'int' },
];

export function capText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'no cap' : value.toLocaleString();
}

/** "cap 20", or "no cap". */
export function capNote(value: number | null | undefined): string {
  return value === null || value === undefined ? 'no cap' : `cap ${value.toLocaleString()}`;
}

export type CapValues = Record<keyof Caps, string>;

export function capValues(caps: Caps | null): CapValues {
  const v = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    maxConcurrentCalls: v(caps?.maxConcurrentCalls),
    callsPerSecond: v(caps?.callsPerSecond),
    maxActiveCampaigns: v(caps?.maxActiveCampaigns),
  };
}

/** Form text to the API's values: empty is null (no cap); what is not a number is named in `invalid`. */
export function capInput(values: CapValues): { caps: Caps; invalid: Record<string, string> } {
  const invalid: Record<string, string> = {};
  const n = (key: keyof Caps): number | null => {
    const s = values[key].trim();
    if (s === '') return null;
    const v = Number(s);
    if (!Number.isFinite(v)) invalid[key] = 'a number, or empty for no cap';
    return v;
  };
  return {
    caps: { maxConcurrentCalls: n('maxConcurrentCalls'), callsPerSecond: n('callsPerSecond'), maxActiveCampaigns: n('maxActiveCampaigns') },
    invalid,
  };
}
