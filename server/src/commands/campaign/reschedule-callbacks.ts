import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A cancelled campaign's pending callbacks (recipients SCHEDULED) become RESCHEDULED: their last
 * outcome says the callback was put off by the cancel (statistics and the detailed report show
 * it), while the recipient keeps its callback time and stays SCHEDULED, so a restart still calls
 * it back at that time. No call was placed, so no attempt is written or counted. Returns how many.
 */
export async function rescheduleCallbacks(em: EntityManager, campaignId: string): Promise<number> {
  const res = await em.execute<{ affectedRows: number }>(
    `update campaign_recipient set last_outcome = 'RESCHEDULED', updated_at = now() where campaign_id = ? and state = 'SCHEDULED'`,
    [campaignId],
    'run',
  );
  return res.affectedRows;
}
