import { RecipientState } from './recipient-state';

/**
 * The recipient's time rules, once, as data: the dial gate (`whyNotDialable`) walks this list
 * in memory, and the SQL that claims recipients or counts them by waiting reason compiles the
 * same list into a CASE (dialer/time-gates-sql.ts). Order matters: the first gate that holds
 * is the reason. A gate blocks either once its instant is reached (deadlines) or until it is.
 */
/** The reasons a time gate gives (a part of dialable.ts's NotDialableReason). */
export type TimeGateReason = 'EXPIRED' | 'WINDOW_CLOSED' | 'NOT_YET' | 'CALLBACK_PENDING' | 'RETRY_WAIT';

/** The recipient fields the gates read. */
export interface TimedRecipient {
  state: RecipientState;
  expireAt?: Date | null;
  notAfter?: Date | null;
  notBefore?: Date | null;
  callbackAt?: Date | null;
  nextAttemptAt?: Date | null;
}

export interface TimeGate {
  reason: TimeGateReason;
  /** The recipient field holding the gate's instant. */
  field: 'expireAt' | 'notAfter' | 'notBefore' | 'callbackAt' | 'nextAttemptAt';
  /** The states the gate applies to. */
  states: 'ALL' | 'SCHEDULED' | 'NOT_SCHEDULED';
  /** REACHED: blocks at and after its instant; NOT_REACHED: blocks before it. */
  blocks: 'REACHED' | 'NOT_REACHED';
  /** Whether a missing instant blocks (a SCHEDULED recipient without a callback time waits). */
  nullBlocks: boolean;
}

export const TIME_GATES: readonly TimeGate[] = [
  { reason: 'EXPIRED', field: 'expireAt', states: 'ALL', blocks: 'REACHED', nullBlocks: false },
  { reason: 'WINDOW_CLOSED', field: 'notAfter', states: 'ALL', blocks: 'REACHED', nullBlocks: false },
  { reason: 'NOT_YET', field: 'notBefore', states: 'ALL', blocks: 'NOT_REACHED', nullBlocks: false },
  { reason: 'CALLBACK_PENDING', field: 'callbackAt', states: 'SCHEDULED', blocks: 'NOT_REACHED', nullBlocks: true },
  { reason: 'RETRY_WAIT', field: 'nextAttemptAt', states: 'NOT_SCHEDULED', blocks: 'NOT_REACHED', nullBlocks: false },
];

function applies(gate: TimeGate, state: RecipientState): boolean {
  if (gate.states === 'ALL') return true;
  return (state === RecipientState.SCHEDULED) === (gate.states === 'SCHEDULED');
}

/** Whether `gate` holds `recipient` back at `nowMs`. */
export function gateHolds(gate: TimeGate, recipient: TimedRecipient, nowMs: number): boolean {
  if (!applies(gate, recipient.state)) return false;
  const at = recipient[gate.field];
  if (at == null) return gate.nullBlocks;
  return gate.blocks === 'REACHED' ? at.getTime() <= nowMs : at.getTime() > nowMs;
}

/** The first time gate holding `recipient` back at `now`, or null. */
export function firstTimeGate(recipient: TimedRecipient, now: Date): TimeGate | null {
  const nowMs = now.getTime();
  for (const gate of TIME_GATES) if (gateHolds(gate, recipient, nowMs)) return gate;
  return null;
}
