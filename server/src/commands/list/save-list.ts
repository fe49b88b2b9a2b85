import { accountcodeProblem } from '../../domain/telephony/switch-text';
import { RecipientList } from '../../entities/recipient-list.entity';
import { Tenant } from '../../entities/tenant.entity';
import { isSupportedRegion } from '../../domain/numbers/phone-normalize';
import { badInput, conflict } from '../../errors/app-error';
import type { RecipientListData } from './recipient-list-data';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';

/** Creates a list (id unset) or changes one; names are unique per tenant. */
export function saveList(ctx: CommandContext, id: string | undefined, input: RecipientListData): Promise<RecipientList> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    if (!id && !input.name) throw badInput('name', 'is required');
    if (input.defaultRegion && !isSupportedRegion(input.defaultRegion))
      throw badInput('defaultRegion', `${input.defaultRegion} is not a region the number library knows`);
    const badCode = input.accountcode != null ? accountcodeProblem(input.accountcode) : undefined;
    if (badCode) throw badInput('accountcode', badCode);
    const name = input.name?.trim();
    if (name !== undefined) {
      const clash = await em.findOne(RecipientList, { tenant: tenantId, name, ...(id ? { id: { $ne: id } } : {}) });
      if (clash) throw conflict(`A list named "${name}" already exists`);
    }
    let list: RecipientList;
    if (id) {
      list = await loadOwned(em, RecipientList, 'Recipient list', id, tenantId);
    } else {
      list = new RecipientList();
      list.tenant = em.getReference(Tenant, tenantId);
      em.persist(list);
    }
    if (name !== undefined) list.name = name;
    if (input.status !== undefined) list.status = input.status;
    if (input.defaultRegion !== undefined) list.defaultRegion = input.defaultRegion ?? undefined;
    if (input.accountcode !== undefined) list.accountcode = input.accountcode ?? undefined;
    if (input.numberFormat != null && input.numberFormat !== list.numberFormat) {
      // Contacts already read in one format would be mixed with the other's.
      const [row] = id ? await em.execute<Array<{ n: number }>>('select count(*)::int as n from contact where list_id = ?', [list.id]) : [];
      if ((row?.n ?? 0) > 0) throw conflict(`List "${list.name}" has contacts; its number format is fixed (create a new list)`);
      list.numberFormat = input.numberFormat;
    }
    await em.flush();
    return list;
  });
}
