import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { PageArgs } from '../common/page.input';
import type { RecipientConnection } from './recipient-connection.type';
import type { RecipientFilterInput } from './recipient-filter.input';
import { sqlArray } from '../../db/sql-array';

/**
 * Keyset page of a campaign's recipients in list order. The number filter is a prefix
 * match on the indexed (campaign_id, number) of recipient_phone, so it stays fast at 1M rows.
 */
export async function listRecipients(
  em: EntityManager,
  campaignId: string,
  filter: RecipientFilterInput,
  page: PageArgs,
): Promise<RecipientConnection> {
  const where: string[] = ['r.campaign_id = ?'];
  const params: unknown[] = [campaignId];
  if (filter.state?.length) {
    where.push('r.state = any(?::recipient_state[])');
    params.push(sqlArray(filter.state));
  }
  if (filter.number) {
    const digits = filter.number.replace(/[^\d]/g, '');
    where.push(`exists (select 1 from recipient_phone p where p.campaign_id = r.campaign_id and p.recipient_id = r.id
      and (p.number like ? or p.number like ?))`);
    params.push(`+${digits}%`, `${digits}%`);
  }
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push('(r.name ilike ? or r.external_id ilike ?)');
    params.push(like, like);
  }
  if (page.after) {
    where.push('r.id > ?');
    params.push(String(decodeCursor(page.after, 1)[0]));
  }
  params.push(page.first + 1);
  const rows = await em
    .getConnection()
    .execute<Array<{ id: string }>>(`select r.id from campaign_recipient r where ${where.join(' and ')} order by r.id limit ?`, params);
  const ids = rows.slice(0, page.first).map((r) => String(r.id));
  const entities = ids.length ? await em.find(CampaignRecipient, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  const last = ids[ids.length - 1];
  return { nodes: entities, pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last]) : null } };
}
