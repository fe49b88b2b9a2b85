/**
 * The one place a number is matched against do-not-call entries, as SQL (the dialer's
 * candidate and claim queries, imports and the API all use it): an entry blocks a number when
 * it belongs to the tenant, matches the number, is in force at the moment asked about and is on
 * a list that applies. Matching is in dncNumberMatches (E.164, or a number as dialed with or
 * without its `+`).
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

/**
 * SQL condition: DNC entry `d` matches the number. Entries are E.164; a number kept as dialed
 * (numberFormat AS_DIALED) matches an entry in either form: as written (`+4915…`) or with the
 * `+` it lacks (`4915…` is `+4915…`). Both are equalities on the (tenant, number) index. A national
 * form (`07700…`) cannot be matched without its region and is left as is.
 */
export function dncNumberMatches(d: string, number: string): string {
  return `${d}.number in (${number}, '+' || ltrim(${number}, '+'))`;
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
