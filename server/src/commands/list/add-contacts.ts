import { RecipientList } from '../../entities/recipient-list.entity';
import { badInput } from '../../errors/app-error';
import type { RecipientData } from '../recipient/recipient-data';
import type { DuplicatePolicy } from '../../domain/recipient/duplicate-policy';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { MAX_BATCH } from '../recipient/add-recipients';
import { prepareRecipients } from '../recipient/prepare-recipients';
import { listNumberRules } from './list-number-rules';

/**
 * Adds a JSON batch to a list with the same checks as a campaign batch (numbers normalised,
 * no duplicates inside the batch). Duplicates against a campaign are settled on attach.
 */
export function addContacts(
  ctx: CommandContext,
  listId: string,
  input: RecipientData[],
  onDuplicate: DuplicatePolicy,
): Promise<{ added: number; skipped: number }> {
  if (input.length > MAX_BATCH) throw badInput('recipients', `at most ${MAX_BATCH} per call; split the batch or use a file import`);
  return inTransaction(ctx, async (em) => {
    const list = await loadOwned(em, RecipientList, 'Recipient list', listId, ctx.principal.tenantId);
    const rules = await listNumberRules(em, list, ctx.principal.tenantId);
    const { prepared, skipped } = prepareRecipients(input, rules, onDuplicate);
    if (prepared.length === 0) return { added: 0, skipped };
    // Positions continue after the list's last one, so list order = the order things were added.
    await em.execute(
      `insert into contact (list_id, position, name, phones, fields, time_zone, priority, tags, expire_at, created_at)
       select ?, coalesce((select max(position) from contact where list_id = ?), 0) + x.ord, x.name, x.phones, x.fields,
         x.time_zone, x.priority, x.tags, x.expire_at, now()
       from jsonb_to_recordset(?::jsonb) as x(ord int, name text, phones jsonb, fields jsonb, time_zone text, priority int, tags text[], expire_at timestamptz)`,
      [
        list.id,
        list.id,
        JSON.stringify(
          prepared.map((r, k) => ({
            ord: k + 1,
            name: r.name,
            phones: r.phones,
            fields: r.fields,
            time_zone: r.timeZone,
            priority: r.priority,
            tags: r.tags,
            expire_at: r.expireAt,
          })),
        ),
      ],
    );
    return { added: prepared.length, skipped };
  });
}
