import type { EntityManager } from '@mikro-orm/postgresql';
import type { PreparedRecipient } from './prepare-recipients';
import { sqlArray } from '../../db/sql-array';
import { recipientNumberZones } from '../../numbers/number-zones';
import { NumberFormat } from '../../domain/numbers/number-format';

/**
 * Writes a prepared batch with three statements whatever its size: ids are reserved from
 * the sequence first, so recipients keep the batch's order (list order = id order for the
 * dialer) and their phones can be inserted in one go.
 */
export async function insertRecipients(
  em: EntityManager,
  campaignId: string,
  batch: PreparedRecipient[],
  format: NumberFormat = NumberFormat.E164,
): Promise<void> {
  if (batch.length === 0) return;
  const conn = em;
  const ids = await conn.execute<{ id: string }[]>(
    "select nextval(pg_get_serial_sequence('campaign_recipient', 'id'))::text as id from generate_series(1, ?)",
    [batch.length],
  );
  const rows = batch.map((r, k) => ({ ...r, id: ids[k]!.id }));
  await conn.execute(
    `insert into campaign_recipient (id, campaign_id, external_id, name, state, priority, time_zone, expire_at, not_before,
       not_after, callback_at, callback_extension, fields, tags, number_zones, attempts, extra_attempts, next_number_index, created_at, updated_at)
     select x.id, ?, x.external_id, x.name,
       (case when x.callback_at is not null then 'SCHEDULED' else 'READY' end)::recipient_state,
       x.priority, x.time_zone, x.expire_at, x.not_before, x.not_after, x.callback_at, x.callback_extension,
       x.fields, x.tags, array(select jsonb_array_elements_text(x.number_zones)), 0, 0, 0, now(), now()
     from jsonb_to_recordset(?::jsonb) as x(id bigint, external_id text, name text, priority int, time_zone text,
       expire_at timestamptz, not_before timestamptz, not_after timestamptz, callback_at timestamptz,
       callback_extension text, fields jsonb, tags text[], number_zones jsonb)`,
    [
      campaignId,
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          external_id: r.externalId,
          name: r.name,
          priority: r.priority,
          time_zone: r.timeZone,
          expire_at: r.expireAt,
          not_before: r.notBefore,
          not_after: r.notAfter,
          callback_at: r.callbackAt,
          callback_extension: r.callbackExtension,
          fields: r.fields,
          tags: r.tags,
          // Calling hours read these when the recipient has no zone of its own.
          number_zones: recipientNumberZones(
            r.phones.map((p) => p.number),
            format,
          ),
        })),
      ),
    ],
  );
  const phones = rows.flatMap((r) => r.phones.map((p) => ({ recipient_id: r.id, number: p.number, priority: p.priority })));
  await conn.execute(
    `insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
     select x.recipient_id, ?, x.number, x.priority, false
     from jsonb_to_recordset(?::jsonb) as x(recipient_id bigint, number text, priority int)`,
    [campaignId, JSON.stringify(phones)],
  );
}

/** Numbers of `numbers` the campaign already has. */
export async function existingNumbers(em: EntityManager, campaignId: string, numbers: string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await em.execute<{ number: string }[]>(
    'select number from recipient_phone where campaign_id = ? and number = any(?::text[])',
    [campaignId, sqlArray(numbers)],
  );
  return new Set(rows.map((r) => r.number));
}
