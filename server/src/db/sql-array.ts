/**
 * A PostgreSQL array literal for a `?::text[]` (or `::bigint[]`, `::recipient_state[]`)
 * parameter. Needed because the ORM's query builder expands a JS array into a value list,
 * which `= any(?)` cannot take.
 */
export function sqlArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
