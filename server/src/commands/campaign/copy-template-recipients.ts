import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Copies a template's recipients and their numbers into a campaign created from it, in one
 * set-based statement whatever their number (a template may hold an import's worth). Each copy
 * starts fresh: READY, no attempts, no outcome, no callback; but an exclusion is kept, not
 * progress: a DNC or STOPPED recipient and a stopped number stay so in the campaign. Ids are drawn in the template's
 * order, so the campaign dials its recipients in the template's list order. Returns the count.
 */
export async function copyTemplateRecipients(em: EntityManager, templateId: string, campaignId: string): Promise<number> {
  const [row] = await em.execute<Array<{ n: number }>>(
    `with src as (
       select o.*, nextval(pg_get_serial_sequence('campaign_recipient', 'id')) as new_id
       from (select * from campaign_recipient where campaign_id = ? order by id) o
     ), recipients as (
       insert into campaign_recipient (id, campaign_id, external_id, name, state, priority, time_zone, expire_at, not_before,
         not_after, fields, original_line, tags, number_zones, attempts, attempts_made, extra_attempts, uncounted_in_a_row,
         next_number_index, created_at, updated_at)
       select new_id, ?, external_id, name,
         (case when state in ('DNC', 'STOPPED') then state else 'READY' end)::recipient_state, priority, time_zone, expire_at, not_before,
         not_after, fields, original_line, tags, number_zones, 0, 0, 0, 0, 0, now(), now()
       from src
       returning 1
     ), phones as (
       insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
       select s.new_id, ?, p.number, p.priority, p.stopped
       from recipient_phone p join src s on s.id = p.recipient_id
       order by p.id
       returning 1
     )
     select (select count(*) from recipients)::int as n`,
    [templateId, campaignId, campaignId],
  );
  return row?.n ?? 0;
}
