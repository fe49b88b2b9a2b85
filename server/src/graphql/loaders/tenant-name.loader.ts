import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../db/sql-array';
import { LOADER_OPTIONS } from './loader-options';

/** Tenant id -> its name: one query for every campaign or audit entry of the response (issue 21's operator views). */
export function tenantNameLoader(em: EntityManager): DataLoader<string, string> {
  return new DataLoader<string, string>(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<Array<{ id: string; name: string }>>('select id, name from tenant where id = any(?::uuid[])', [sqlArray([...ids])]);
    const byId = new Map(rows.map((r) => [r.id, r.name]));
    // A tenant is never deleted while anything refers to it; an unknown id shows as itself.
    return ids.map((id) => byId.get(id) ?? id);
  }, LOADER_OPTIONS);
}
