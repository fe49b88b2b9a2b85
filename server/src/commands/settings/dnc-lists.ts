import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../db/sql-array';
import { badInput } from '../../errors/app-error';
import { dncListName } from './dnc-number';

/** One of a tenant's named DNC lists. */
export interface DncListSummary {
  name: string;
  /** Entries on it, expired ones included. */
  entries: number;
}

/**
 * A tenant's DNC lists are the names its entries carry; 'default' always exists (an entry
 * added without a list goes there), even while empty.
 */
export async function tenantDncLists(em: EntityManager, tenantId: string): Promise<DncListSummary[]> {
  const found = await em
    .getConnection()
    .execute<{ name: string; entries: number }[]>(
      'select list_name as name, count(*)::int as entries from dnc_entry where tenant_id = ? group by list_name order by list_name',
      [tenantId],
    );
  if (!found.some((l) => l.name === 'default')) found.push({ name: 'default', entries: 0 });
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The list names as stored (trimmed, deduplicated), each one a list of the tenant; otherwise
 * BAD_USER_INPUT on `field` naming the unknown lists and the ones there are. Names in `kept`
 * (a campaign's current choice) pass as they are: a chosen list emptied since is no error.
 */
export async function requireDncLists(
  em: EntityManager,
  tenantId: string,
  names: readonly string[],
  field: string,
  kept: readonly string[] = [],
): Promise<string[]> {
  const wanted = [...new Set(names.map((n) => dncListName(n)))];
  // One probe per name on (tenant_id, list_name); the whole list of lists only for the message.
  const found = await em
    .getConnection()
    .execute<{ name: string }[]>('select distinct list_name as name from dnc_entry where tenant_id = ? and list_name = any(?::text[])', [
      tenantId,
      sqlArray(wanted),
    ]);
  const known = new Set(['default', ...kept, ...found.map((f) => f.name)]);
  const missing = wanted.filter((n) => !known.has(n));
  if (missing.length === 0) return wanted;
  const quoted = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  const lists = (await tenantDncLists(em, tenantId)).map((l) => l.name);
  throw badInput(
    field,
    `no DNC list ${quoted(missing)} in this tenant; its lists are ${quoted(lists)} (adding a number to a list creates it)`,
  );
}
