import type { EntityManager } from '@mikro-orm/postgresql';
import type { Calendar } from '../domain/calendar/calendar';
import { CALLING_HOURS } from '../domain/compliance/calling-hours';
import { hasWindow, isWindowOpen, zonesOf, type CallingWindow } from '../domain/compliance/calling-window';
import type { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { fillNumberZones } from '../numbers/fill-number-zones';

/**
 * How many of a campaign's recipients still to be dialed (READY, RETRY_WAIT, SCHEDULED) are
 * outside their calling hours at `now`: the profile's hours narrowed by the calendar, read in
 * every zone of each recipient. One GROUP BY over the stored zones (a handful of groups even for
 * a million rows), then the same pure decision the dialer makes, once per group.
 */
export async function countOutsideHours(
  em: EntityManager,
  campaignId: string,
  calendar: Calendar | null,
  profile: ComplianceProfile,
  now: Date,
): Promise<number> {
  const window: CallingWindow = { calendar, hours: CALLING_HOURS[profile] };
  if (!hasWindow(window)) return 0;
  // Rows added before zones were stored get theirs now, once.
  await fillNumberZones((sql, params) => em.execute(sql, params), campaignId);
  const groups = await em.execute<Array<{ time_zone: string | null; number_zones: string[] | null; n: number }>>(
    `select time_zone, number_zones, count(*)::int as n from campaign_recipient
     where campaign_id = ? and state in ('READY', 'RETRY_WAIT', 'SCHEDULED') group by 1, 2`,
    [campaignId],
  );
  let outside = 0;
  for (const g of groups) if (!isWindowOpen(window, now, zonesOf(g.time_zone, g.number_zones))) outside += g.n;
  return outside;
}
