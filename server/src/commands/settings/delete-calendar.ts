import { Calendar } from '../../entities/calendar.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { assertNotUsedByActiveCampaign } from './settings-guards';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';

/**
 * Deletes a calendar no active campaign uses: an active campaign losing its calendar would
 * start dialing around the clock. Idle campaigns using it are left without a calendar.
 */
export function deleteCalendar(ctx: CommandContext, id: string): Promise<Calendar> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const calendar = await loadOwned(em, Calendar, 'Calendar', id, tenantId, {}, { lock: true });
    await assertNotUsedByActiveCampaign(em, tenantId, 'Calendar', calendar.name, { calendar: calendar.id });
    em.remove(calendar);
    recordAudit(em, ctx, {
      action: AuditAction.CALENDAR_DELETED,
      targetType: 'Calendar',
      targetId: calendar.id,
      changes: { name: calendar.name },
    });
    await em.flush();
    return calendar;
  });
}
