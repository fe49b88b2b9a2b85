import { Calendar } from '../../entities/calendar.entity';
import type { UpdateCalendarData } from './calendar-data';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { applyCalendarFields } from './apply-calendar-fields';
import { assertNameFree } from './settings-guards';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { fieldChanges, snapshotFields } from '../audit/audit-changes';

const AUDITED = ['name', 'timeZone', 'openHours', 'exceptions', 'validFrom', 'validUntil'] as const;

/**
 * Changes a calendar. Allowed while campaigns use it: the dialer reads the calendar on every
 * decision, so closing a day for a holiday takes effect at once.
 */
export function updateCalendar(ctx: CommandContext, id: string, input: UpdateCalendarData): Promise<Calendar> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const calendar = await loadOwned(em, Calendar, 'Calendar', id, tenantId, {}, { lock: true });
    const before = snapshotFields(calendar, AUDITED);
    if (input.name != null) {
      const name = input.name.trim();
      await assertNameFree(em, Calendar, 'Calendar', tenantId, name, calendar.id);
      calendar.name = name;
    }
    applyCalendarFields(calendar, input);
    const changes = fieldChanges(before, calendar, AUDITED);
    if (Object.keys(changes).length > 0) {
      recordAudit(em, ctx, { action: AuditAction.CALENDAR_UPDATED, targetType: 'Calendar', targetId: calendar.id, changes });
    }
    await em.flush();
    return calendar;
  });
}
