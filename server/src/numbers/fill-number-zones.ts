import type { NumberFormat } from '../domain/numbers/number-format';
import { recipientNumberZones } from './number-zones';

/** Runs one statement with `?` placeholders and returns its rows (an EntityManager or a pg client behind it). */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const BATCH = 20_000;

/**
 * Stores the zones of every recipient of the campaign whose zones were not derived yet, in
 * batches: the calling-hours decision and the "outside hours now" count read them instead of
 * looking numbers up per tick. Called after imports and list attachments (addRecipients
 * writes them with the rows) and lazily before counting. Returns how many rows it filled.
 */
export async function fillNumberZones(run: SqlRunner, campaignId: string): Promise<number> {
  const format = await campaignNumberFormat(run, campaignId);
  let filled = 0;
  for (;;) {
    const batch = await run(
      `select r.id::text as id, coalesce(array_agg(p.number) filter (where p.number is not null), '{}') as numbers
       from (select id from campaign_recipient where campaign_id = ? and number_zones is null order by id limit ?) r
       left join recipient_phone p on p.recipient_id = r.id group by r.id`,
      [campaignId, BATCH],
    );
    if (batch.length === 0) return filled;
    filled += await writeNumberZones(run, batch, format);
    if (batch.length < BATCH) return filled;
  }
}

/** The campaign's number format: AS_DIALED recipients store no number zones (an empty set, not "not derived"). */
export async function campaignNumberFormat(run: SqlRunner, campaignId: string): Promise<NumberFormat | undefined> {
  const [row] = await run('select number_format from campaign where id = ?', [campaignId]);
  return row?.number_format as NumberFormat | undefined;
}

/** Derives and stores the zones of the given recipients (`id`, `numbers`) of a campaign in `format`. */
export async function writeNumberZones(
  run: SqlRunner,
  recipients: ReadonlyArray<Record<string, unknown>>,
  format: NumberFormat | undefined,
): Promise<number> {
  if (recipients.length === 0) return 0;
  const rows = recipients.map((r) => ({ id: String(r.id), zones: recipientNumberZones(toList(r.numbers), format) }));
  await run(
    `update campaign_recipient r set number_zones = array(select jsonb_array_elements_text(x.zones))
     from jsonb_to_recordset(?::jsonb) as x(id bigint, zones jsonb) where r.id = x.id`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}

/** pg returns text[] as an array, or as its `{a,b}` literal through some drivers. */
function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean);
  return [];
}

/** A SqlRunner over a pg client (numbered placeholders). */
export function pgRunner(client: {
  query: (sql: string, params: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;
}): SqlRunner {
  return async (sql, params) => {
    let n = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows;
  };
}
