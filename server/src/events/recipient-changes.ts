import type { Outbox } from './outbox';
import type { ChangedBy, RecipientChangeItem } from './recipient-topics';

/** Queues RECIPIENT_CHANGED events for after commit (the one event path: outbox -> bus -> subscribers). */
const ITEMS_PER_MESSAGE = 25;

export const DIALER: ChangedBy = { kind: 'SYSTEM', label: 'dialer' };

/** Queues one campaign's changes for after commit, 25 to a message. */
export function addRecipientChanges(
  outbox: Outbox,
  scope: { tenantId: string; campaignId: string },
  changes: readonly RecipientChangeItem[],
  changedBy: ChangedBy,
  at: Date,
): void {
  for (let i = 0; i < changes.length; i += ITEMS_PER_MESSAGE) {
    outbox.add('RECIPIENT_CHANGED', {
      ...scope,
      changes: changes.slice(i, i + ITEMS_PER_MESSAGE),
      bulk: null,
      changedBy,
      at: at.toISOString(),
    });
  }
}

/** Changes of many campaigns grouped per campaign, then queued. */
export function addRecipientChangesByCampaign(
  outbox: Outbox,
  items: ReadonlyArray<RecipientChangeItem & { tenantId: string; campaignId: string }>,
  changedBy: ChangedBy,
  at: Date,
): void {
  const groups = new Map<string, { tenantId: string; campaignId: string; changes: RecipientChangeItem[] }>();
  for (const { tenantId, campaignId, ...item } of items) {
    const g = groups.get(campaignId) ?? { tenantId, campaignId, changes: [] };
    g.changes.push(item);
    groups.set(campaignId, g);
  }
  for (const g of groups.values()) addRecipientChanges(outbox, g, g.changes, changedBy, at);
}
