import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Campaign } from '../../entities/campaign.entity';
import { ListStatus, RecipientList } from '../../entities/recipient-list.entity';
import { badInput, conflict } from '../../errors/app-error';
import { DuplicatePolicy } from '../../domain/recipient/duplicate-policy';
import { inTransaction, type CommandContext } from '../command-context';
import { fillNumberZones } from '../../numbers/fill-number-zones';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from '../campaign/record-campaign-event';

/**
 * Copies a list's contacts into a campaign as recipients, in list order, in four set-based
 * statements whatever the list's size. Recipient ids are drawn in position order (PostgreSQL
 * evaluates nextval after the ORDER BY), so the dialer's list order is the list's order.
 * A number the campaign already has — or that an earlier contact of the list had — makes the
 * contact a duplicate: REJECT fails the whole attach, SKIP leaves that contact out.
 */
export function attachList(
  ctx: CommandContext,
  campaignId: string,
  listId: string,
  onDuplicate: DuplicatePolicy,
): Promise<{ added: number; skipped: number; campaign: Campaign }> {
  return inTransaction(ctx, async (em, outbox) => {
    const tenantId = ctx.principal.tenantId;
    const campaign = await loadOwned(em, Campaign, 'Campaign', campaignId, tenantId, { deletedAt: null }, { lock: true });
    const list = await loadOwned(em, RecipientList, 'Recipient list', listId, tenantId);
    if (list.status === ListStatus.DISABLED) throw conflict(`List "${list.name}" is DISABLED; enable it to use it`);
    if (campaign.isTemplate || campaign.status === CampaignStatus.TERMINATED)
      throw conflict(`Campaign "${campaign.name}" cannot take recipients (${campaign.isTemplate ? 'template' : 'TERMINATED'})`);
    if (list.numberFormat !== campaign.numberFormat)
      throw conflict(
        `List "${list.name}" holds ${list.numberFormat} numbers and campaign "${campaign.name}" dials ${campaign.numberFormat}; they must match`,
      );
    // A campaign with no billing code of its own takes the list's (README: Account codes).
    if (!campaign.accountcode && list.accountcode) campaign.accountcode = list.accountcode;

    await em.execute(
      `create temp table attach_map on commit drop as
      select c.id as contact_id, nextval(pg_get_serial_sequence('campaign_recipient', 'id')) as rid, jsonb_array_length(c.phones) as phones
      from contact c where c.list_id = ? order by c.position, c.id`,
      [list.id],
    );
    await em.execute(
      `insert into campaign_recipient (id, campaign_id, name, state, priority, time_zone, expire_at, fields, tags,
        original_line, attempts, extra_attempts, next_number_index, created_at, updated_at)
      select m.rid, ?, c.name, 'READY', c.priority, c.time_zone, c.expire_at, c.fields, c.tags, c.original_line, 0, 0, 0, now(), now()
      from attach_map m join contact c on c.id = m.contact_id`,
      [campaign.id],
    );
    await em.execute(
      `insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
      select m.rid, ?, p->>'number', coalesce((p->>'priority')::int, 0), false
      from attach_map m join contact c on c.id = m.contact_id, jsonb_array_elements(c.phones) with ordinality as e(p, ord)
      order by m.rid, e.ord
      on conflict (campaign_id, number) do nothing`,
      [campaign.id],
    );
    // A contact that did not get all its numbers is a duplicate.
    const dups = await em.execute<Array<{ rid: string; number: string | null }>>(`select m.rid::text as rid,
        (select p->>'number' from contact c, jsonb_array_elements(c.phones) p where c.id = m.contact_id
           and not exists (select 1 from recipient_phone x where x.recipient_id = m.rid and x.number = p->>'number') limit 1) as number
      from attach_map m where (select count(*) from recipient_phone x where x.recipient_id = m.rid) < m.phones
      order by m.rid`);
    if (dups.length > 0 && onDuplicate === DuplicatePolicy.REJECT) {
      throw badInput(
        'listId',
        `${dups.length} contact(s) have numbers already in the campaign or earlier in the list (first: ${dups[0]!.number}); nothing was attached — use onDuplicate: SKIP to leave them out`,
      );
    }
    if (dups.length > 0)
      await em.execute(
        'delete from campaign_recipient where id in (select rid from attach_map m where (select count(*) from recipient_phone x where x.recipient_id = m.rid) < m.phones)',
      );
    await fillNumberZones((sql, params) => em.execute(sql, params), campaign.id);
    const [{ n }] = await em.execute<Array<{ n: string }>>('select count(*) as n from attach_map');
    const added = Number(n) - dups.length;
    recordCampaignEvent(em, outbox, campaign, ctx.principal, {
      action: 'LIST_ATTACHED',
      details: { listId: list.id, listName: list.name, added, skipped: dups.length },
    });
    await em.flush();
    return { added, skipped: dups.length, campaign };
  });
}
