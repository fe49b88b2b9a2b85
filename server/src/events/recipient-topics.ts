/**
 * RECIPIENT_CHANGED: recipients' state changes of one campaign, after commit, with who made
 * them (topics.ts). Small on purpose: NOTIFY caps a message at 8000 bytes, so items go 25 to a
 * message; a set-based user action on many recipients is one `bulk` message (read the table again).
 */
export interface RecipientChangeItem {
  recipientId: string;
  /** A RecipientState. */
  state: string;
  /** Attempts that counted, when this change set them; null: unchanged. */
  attempts: number | null;
  /** A CallOutcome, when this change set it; null: unchanged. */
  lastOutcome: string | null;
}

/** Who made a change: the dialer (SYSTEM), a person (USER) or an integration (API_KEY). */
export interface ChangedBy {
  kind: 'USER' | 'API_KEY' | 'SYSTEM';
  label: string;
}

export interface RecipientChangedPayload {
  tenantId: string;
  campaignId: string;
  changes: RecipientChangeItem[];
  /** A user action on a selection (STOP, REACTIVATE, ADD_ATTEMPTS, PURGE, DELETE_ALL) and how many it moved. */
  bulk: { action: string; affected: number } | null;
  changedBy: ChangedBy;
  at: string;
}
