import { DncEntry } from '../../entities/dnc-entry.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { dncListName, normalizeDncNumbers } from './dnc-number';
import { tenantRegion } from './tenant-settings-row';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { auditedNumbers } from '../audit/audit-changes';

/** Takes one entry off its list; the number may be dialed again at once. */
export function removeDncEntry(ctx: CommandContext, id: string): Promise<DncEntry> {
  return inTransaction(ctx, async (em) => {
    const entry = await loadOwned(em, DncEntry, 'DNC entry', id, ctx.principal.tenantId);
    em.remove(entry);
    recordAudit(em, ctx, {
      action: AuditAction.DNC_LIST_ENTRIES_REMOVED,
      targetType: 'DncList',
      targetId: entry.listName,
      changes: { removed: 1, ...auditedNumbers([entry.number]) },
    });
    await em.flush();
    return entry;
  });
}

/**
 * Takes numbers (as people write them) off one list; returns how many were listed. Numbers
 * that were not listed are not an error: the outcome wanted, not listed, holds.
 */
export function removeDncNumbers(ctx: CommandContext, numbers: string[], listName?: string | null): Promise<number> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const e164 = normalizeDncNumbers(numbers, await tenantRegion(em, tenantId));
    const list = dncListName(listName);
    const removed = await em.nativeDelete(DncEntry, { tenant: tenantId, listName: list, number: { $in: e164 } });
    if (removed > 0) {
      recordAudit(em, ctx, {
        action: AuditAction.DNC_LIST_ENTRIES_REMOVED,
        targetType: 'DncList',
        targetId: list,
        changes: { removed, ...auditedNumbers(e164) },
      });
    }
    return removed;
  });
}
