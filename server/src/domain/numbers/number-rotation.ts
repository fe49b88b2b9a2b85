/** One of a recipient's numbers (same shape as entities/phone-number.ts). */
export interface RotatableNumber {
  number: string;
  /** Higher is dialed first; equal priorities keep list order. */
  priority: number;
  /** Stopped by a result ("stop numbers"); skipped by rotation. */
  stopped?: boolean;
  /** On a do-not-call list that applies (checked by the caller's query): skipped by rotation. */
  dnc?: boolean;
}

/** The number to dial and where it sits in the recipient's own list. */
export interface PickedNumber {
  /** Index into the array given to pickNumber (so the caller can find its row). */
  index: number;
  number: string;
}

/**
 * Attempt k (0-based, the recipient's rotation cursor) dials the k-th active number in
 * priority order, circulating; stopped and DNC numbers are skipped. Null when no number is
 * left, so the recipient can be stopped (or suppressed, see allNumbersDnc) rather than dialed.
 */
export function pickNumber(numbers: readonly RotatableNumber[], attemptIndex: number): PickedNumber | null {
  const active = numbers
    .map((n, index) => ({ n, index }))
    .filter(({ n }) => !n.stopped && !n.dnc)
    .sort((a, b) => b.n.priority - a.n.priority || a.index - b.index);
  if (active.length === 0) return null;
  const k = Number.isFinite(attemptIndex) ? Math.max(0, Math.floor(attemptIndex)) : 0;
  const hit = active[k % active.length];
  if (!hit) return null;
  return { index: hit.index, number: hit.n.number };
}

/**
 * A recipient is DNC only when every one of its numbers is: one DNC number is skipped and
 * the others are dialed. A recipient without numbers is not DNC (nothing matched); one whose
 * numbers are DNC or stopped is not DNC either: rotation finds nothing left and it is STOPPED.
 */
export function allNumbersDnc(numbers: readonly RotatableNumber[]): boolean {
  return numbers.length > 0 && numbers.every((n) => n.dnc === true);
}
