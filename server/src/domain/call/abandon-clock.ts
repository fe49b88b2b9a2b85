/**
 * When an answered call with no agent yet must hear the abandon message: `limitMs` after the
 * answer (US_TSR: two seconds after the greeting; Ofcom: two seconds after the answer), AMD
 * time included. The answer's instant is the switch's (its event's `at`); what the dialer waits
 * on is its own clock. So every later event of the call (the AMD verdict) re-anchors the
 * deadline: that event happened `eventAt - answerAt` after the answer on the switch's clock,
 * and reached the dialer at `arrivalMs`. Taking the earlier of the two readings means a
 * delayed or batched event never buys time, and a simulator whose clock runs ahead (a time
 * scale) is held to its own seconds.
 */
export interface AbandonClock {
  /** The answer, on the switch's clock (epoch ms). */
  answerAtMs: number;
  /** Dialer-clock instant (epoch ms) by which an agent must have the call. */
  deadlineMs: number;
  /**
   * The switch's own clock showed the limit gone (an AMD verdict later than it): connecting the
   * person now would still be an abandon, so none is tried. Only the dialer being slow, with the
   * switch in time, still gets its try.
   */
  late: boolean;
}

/** The clock starts when the answer reaches the dialer at `arrivalMs`. */
export function startAbandonClock(answerAtMs: number, arrivalMs: number, limitMs: number): AbandonClock {
  return { answerAtMs, deadlineMs: arrivalMs + limitMs, late: false };
}

/** A later event of the call (switch time `eventAtMs`, seen at `arrivalMs`) can only bring the deadline closer. */
export function reanchorAbandonClock(c: AbandonClock, eventAtMs: number, arrivalMs: number, limitMs: number): AbandonClock {
  const elapsed = Math.max(0, eventAtMs - c.answerAtMs);
  return { ...c, deadlineMs: Math.min(c.deadlineMs, arrivalMs + limitMs - elapsed), late: c.late || elapsed >= limitMs };
}
