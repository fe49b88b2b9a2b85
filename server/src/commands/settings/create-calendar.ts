import { Calendar } from '../../entities/calendar.entity';
import { Tenant } from '../../entities/tenant.entity';
import type { CreateCalendarData } from './calendar-data';
import { inTransaction, type CommandContext } from '../command-context';
import { applyCalendarFields } from './apply-calendar-fields';
import { assertNameFree } from './settings-guards';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { pickFields } from '../audit/audit-changes';

/** Adds a calendar to the caller's tenant; the name must be free there. */
export function createCalendar(ctx: CommandContext, input: CreateCalendarData): Promise<Calendar> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const name = input.name.trim();
    await assertNameFree(em, Calendar, 'Calendar', tenantId, name);
    const calendar = new Calendar();
    calendar.tenant = em.getReference(Tenant, tenantId);
    calendar.name = name;
    applyCalendarFields(calendar, input);
    em.persist(calendar);
    recordAudit(em, ctx, {
      action: AuditAction.CALENDAR_CREATED,
      targetType: 'Calendar',
      targetId: calendar.id,
      changes: pickFields(calendar, ['name', 'timeZone', 'openHours', 'exceptions', 'validFrom', 'validUntil']),
    });
    await em.flush();
    return calendar;
  });
}
