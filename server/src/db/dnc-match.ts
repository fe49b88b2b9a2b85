/**
 * The one place a number is matched against do-not-call entries, as SQL (the dialer's
 * candidate and claim queries, imports and the API all use it): an entry blocks a number when
 * it belongs to the tenant, matches the number, is in force at the moment asked about and is on
 * a list that applies. Matching is E.164 equality today (entries and recipients' numbers are
 * both normalised to E.164); another format (as dialed) is to be added in dncNumberMatches.
 *
 * Each term is an SQL expression. `at` appears once in the SQL, so it may be a placeholder
 * (`?::timestamptz`); the others may appear more than once: pass column references (bind
 * values through a subselect, as is-dnc.ts does).
 */
export interface DncMatchTerms {
  /** uuid: the tenant whose lists apply. */
  tenant: string;
  /** text: the number to be dialed, in E.164. */
  number: string;
  /** text[]: names of the lists that apply; SQL null means every list of the tenant. */
  lists: string;
  /** timestamptz: the moment; an entry that expired by then no longer blocks. */
  at: string;
}

/** SQL condition: DNC entry `d` matches the number. */
export function dncNumberMatches(d: string, number: string): string {
  return `${d}.number = ${number}`;
}

/** SQL condition: DNC entry `d` blocks the number (usable in a join, reads the unique index). */
export function dncEntryBlocks(d: string, t: DncMatchTerms): string {
  return `(${d}.tenant_id = ${t.tenant} and ${dncNumberMatches(d, t.number)}
    and (${d}.expires_at is null or ${d}.expires_at > ${t.at})
    and (${t.lists} is null or ${d}.list_name = any(${t.lists})))`;
}

/** SQL boolean: some entry blocks the number. */
export function dncBlocks(t: DncMatchTerms): string {
  return `exists (select 1 from dnc_entry dm where ${dncEntryBlocks('dm', t)})`;
}
