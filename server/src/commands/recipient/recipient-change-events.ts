import type { Principal } from '../../auth/principal';
import type { Campaign } from '../../entities/campaign.entity';
import type { Outbox } from '../command-context';
import type { ChangedBy, RecipientChangeItem } from '../../events/recipient-topics';
import { addRecipientChanges } from '../../events/recipient-changes';

/** Who made a change, as RECIPIENT_CHANGED names it. */
export function changedByOf(principal: Principal): ChangedBy {
  return { kind: principal.kind, label: principal.label };
}

/** A user action on a selection: one message saying what and how many (consoles read the table again). */
export function addBulkRecipientChange(outbox: Outbox, campaign: Campaign, principal: Principal, action: string, affected: number): void {
  if (affected === 0) return;
  outbox.add('RECIPIENT_CHANGED', {
    tenantId: campaign.tenant.id,
    campaignId: campaign.id,
    changes: [],
    bulk: { action, affected },
    changedBy: changedByOf(principal),
    at: new Date().toISOString(),
  });
}

/** One recipient changed by a person (an agent's result). */
export function addRecipientChange(outbox: Outbox, campaign: Campaign, principal: Principal, item: RecipientChangeItem): void {
  addRecipientChanges(outbox, { tenantId: campaign.tenant.id, campaignId: campaign.id }, [item], changedByOf(principal), new Date());
}
