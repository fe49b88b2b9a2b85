// Figures as every console page shows them: durations always with their unit, units never
// orphaned by a line break (non-breaking spaces), and the abandon rate with its counts and
// its target, judged over or under it by one rule (AbandonedFigure.tsx renders it).

const NBSP = '\u00a0';

/** "0 s", "1 min 5 s", "2 h 3 min"; "—" when unknown. Number and unit never split across lines. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = h > 0 ? [`${h} h`, `${m} min`] : m > 0 ? [`${m} min`, `${s} s`] : [`${s} s`];
  return parts.join(' ').replace(/ /g, NBSP);
}

/** A 0..1 rate as a percent: "3.0%"; "—" when unknown. */
export function formatRate(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

export interface AbandonInput {
  /** Abandoned calls, when the page knows the count. */
  abandoned?: number | null;
  /** Calls answered by a person, the rate's denominator, when the page knows the count. */
  answered?: number | null;
  /** Abandoned / answered on a 0..1 scale; computed from the counts when left out. */
  rate?: number | null;
  /** The campaign's target on the same 0..1 scale; null when there is none (tenant board, several campaigns). */
  target?: number | null;
}

export interface AbandonFigure {
  /** The rate, "10.0%", or "—" before anyone answered. */
  value: string;
  /** "3 of 30 answered (10.0%) · target 3.0%", the parts the page knows. */
  text: string;
  /** Over its target: shown highlighted on every page. */
  over: boolean;
}

/** One reading of the abandon rate for every page (campaign, wallboard, reports). */
export function abandonFigure(a: AbandonInput): AbandonFigure {
  const counted = typeof a.abandoned === 'number' && typeof a.answered === 'number';
  const rate =
    a.rate !== undefined && a.rate !== null ? a.rate : counted && (a.answered ?? 0) > 0 ? (a.abandoned ?? 0) / (a.answered ?? 1) : null;
  const target = a.target ?? null;
  const value = formatRate(rate);
  const head = counted ? `${a.abandoned} of ${a.answered} answered${rate === null ? '' : ` (${value})`}` : value;
  const text = target === null ? head : `${head} · target ${formatRate(target)}`;
  return { value, text, over: target !== null && rate !== null && rate > target };
}

/** The gateways a campaign really dials through: none named means the switch's built-in default dial string. */
export function gatewaysText(names: string[]): string {
  return names.length > 0 ? names.join(', ') : 'built-in default dial string';
}

export function gatewaysTitle(count: number): string {
  return count > 0
    ? 'Calls are spread over these gateways'
    : 'No gateway chosen: calls go out through the dialer’s built-in default dial string (set by the server, not a gateway of this tenant)';
}
