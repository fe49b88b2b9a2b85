import { DncEntry } from '../../entities/dnc-entry.entity';
import { Tenant } from '../../entities/tenant.entity';
import { badInput } from '../../errors/app-error';
import type { AddDncNumbersData } from './dnc-data';
import { inTransaction, type CommandContext } from '../command-context';
import { dncListName, normalizeDncNumbers } from './dnc-number';
import { tenantRegion } from './tenant-settings-row';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { auditedNumbers } from '../audit/audit-changes';

export interface AddDncNumbersResult {
  added: number;
  renewed: number;
  entries: DncEntry[];
}

/**
 * Puts numbers on a DNC list, all or none: every number is normalised first and one bad
 * number fails the call with its index. Numbers already listed are kept and renewed
 * (reason when given, expiry as given), so adding is safe to repeat.
 */
export function addDncNumbers(ctx: CommandContext, input: AddDncNumbersData): Promise<AddDncNumbersResult> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput('expiresAt', 'must be in the future');
    const numbers = normalizeDncNumbers(input.numbers, await tenantRegion(em, tenantId));
    const listName = dncListName(input.listName);
    const existing = await em.find(DncEntry, { tenant: tenantId, listName, number: { $in: numbers } });
    const byNumber = new Map(existing.map((e) => [e.number, e]));
    const now = new Date();
    const entries = numbers.map((number) => {
      let entry = byNumber.get(number);
      if (!entry) {
        entry = new DncEntry();
        entry.tenant = em.getReference(Tenant, tenantId);
        entry.number = number;
        entry.listName = listName;
        entry.createdAt = now;
        em.persist(entry);
      }
      if (input.reason != null) entry.reason = input.reason.trim() || undefined;
      entry.expiresAt = input.expiresAt ?? undefined;
      return entry;
    });
    const added = numbers.length - existing.length;
    recordAudit(em, ctx, {
      action: AuditAction.DNC_LIST_ENTRIES_ADDED,
      targetType: 'DncList',
      targetId: listName,
      changes: { added, renewed: existing.length, ...auditedNumbers(numbers) },
    });
    await em.flush();
    return { added, renewed: existing.length, entries };
  });
}
