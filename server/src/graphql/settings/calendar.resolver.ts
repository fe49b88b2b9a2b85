import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { createCalendar } from '../../commands/settings/create-calendar';
import { deleteCalendar } from '../../commands/settings/delete-calendar';
import { updateCalendar } from '../../commands/settings/update-calendar';
import { Calendar } from '../../entities/calendar.entity';
import { requirePrincipal, type Context } from '../context';
import { CreateCalendarInput, UpdateCalendarInput } from './calendar.input';
import { CalendarNode } from './calendar.type';

/** When campaigns may dial: the tenant's calendars. */
@Resolver(() => CalendarNode)
export class CalendarResolver {
  @Authorized(Permission.READ)
  @Query(() => [CalendarNode], { description: 'Calendars of your tenant, by name' })
  calendars(@Ctx() ctx: Context): Promise<Calendar[]> {
    return ctx.em.find(Calendar, { tenant: requirePrincipal(ctx).tenantId }, { orderBy: { name: 'asc' } });
  }

  @Authorized(Permission.READ)
  @Query(() => CalendarNode, { description: 'NOT_FOUND when it does not exist in your tenant' })
  calendar(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Calendar> {
    return loadOwned(ctx.em, Calendar, 'Calendar', id, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => CalendarNode, { description: 'CONFLICT when the name is taken in your tenant' })
  createCalendar(@Ctx() ctx: Context, @Arg('input', () => CreateCalendarInput) input: CreateCalendarInput): Promise<Calendar> {
    return createCalendar({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => CalendarNode, { description: 'Applies at once, also to running campaigns using it' })
  updateCalendar(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCalendarInput) input: UpdateCalendarInput,
  ): Promise<Calendar> {
    return updateCalendar({ ...ctx, principal: requirePrincipal(ctx) }, id, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => CalendarNode, { description: 'CONFLICT while a SCHEDULED, RUNNING or PAUSED campaign uses it' })
  deleteCalendar(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Calendar> {
    return deleteCalendar({ ...ctx, principal: requirePrincipal(ctx) }, id);
  }
}
