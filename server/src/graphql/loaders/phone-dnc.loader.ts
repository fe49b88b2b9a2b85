import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { dncBlocks } from '../../db/dnc-match';
import { groupByKey } from './group-by-key';
import { LOADER_OPTIONS } from './loader-options';

/**
 * Recipient phone id -> whether a DNC entry its campaign honours blocks it now: the dialer's
 * own match (db/dnc-match.ts), one query for every number of the response.
 */
export function phoneDncLoader(em: EntityManager): DataLoader<string, boolean> {
  return new DataLoader<string, boolean>(async (ids) => {
    const rows = await em.getConnection().execute<Array<{ id: string; dnc: boolean }>>(
      `select p.id, ${dncBlocks({ tenant: 'c.tenant_id', number: 'p.number', lists: 'c.dnc_lists', at: 'now()' })} as dnc
      from recipient_phone p join campaign c on c.id = p.campaign_id where p.id = any(?::bigint[])`,
      [`{${ids.join(',')}}`],
    );
    return groupByKey(
      ids,
      rows,
      (r) => String(r.id),
      (_acc, r) => r.dnc,
      () => false,
    );
  }, LOADER_OPTIONS);
}
