import type { EntityManager } from '@mikro-orm/postgresql';

/** Values the dialer's raw SQL passes as one JSON document (jsonb_to_recordset). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

/**
 * Runs raw SQL on `em` so it joins the current transaction (em.execute, never the bare
 * connection). Rows come back as the driver parsed them: bigint as string, timestamptz as Date.
 */
export async function rows<T extends object>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await em.execute(sql, params as never[])) as unknown as T[];
}

/**
 * Many rows as one parameter: `jsonb_to_recordset(?::jsonb) as v(col type, …)`. One round
 * trip for a whole batch, and NULLs survive (a text[] literal cannot carry them).
 */
export function asJson(records: ReadonlyArray<Record<string, JsonValue | Date | undefined>>): string {
  return JSON.stringify(records, (_k, v: unknown) => (v === undefined ? null : v));
}

// Final and open recipient states: domain/recipient/recipient-figures.ts (the one definition).
/** States the dialer may claim from (CLAIM in recipient-transitions). */
export const CLAIMABLE_STATES = ['READY', 'RETRY_WAIT', 'SCHEDULED'] as const;

/** The ORM's driver hands timestamptz back as text in raw queries; this reads either form. */
export function toDate(v: Date | string | null | undefined): Date | null {
  if (v == null) return null;
  return v instanceof Date ? v : new Date(v);
}
