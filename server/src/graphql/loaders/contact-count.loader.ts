import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupByKey } from './group-by-key';
import { LOADER_OPTIONS } from './loader-options';

/** List id -> how many contacts it has: one GROUP BY for every list of the response. */
export function contactCountLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader<string, number>(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<Array<{ list_id: string; n: string }>>(
        'select list_id, count(*) as n from contact where list_id = any(?::uuid[]) group by list_id',
        [`{${ids.join(',')}}`],
      );
    return groupByKey(
      ids,
      rows,
      (r) => r.list_id,
      (_acc, r) => Number(r.n),
      () => 0,
    );
  }, LOADER_OPTIONS);
}
