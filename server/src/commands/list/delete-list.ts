import { RecipientList } from '../../entities/recipient-list.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';

/** Deletes a list and its contacts. Campaigns keep the recipients already copied from it. */
export function deleteList(ctx: CommandContext, id: string): Promise<boolean> {
  return inTransaction(ctx, async (em) => {
    const list = await loadOwned(em, RecipientList, 'Recipient list', id, ctx.principal.tenantId);
    await em.execute('delete from contact where list_id = ?', [list.id]);
    em.remove(list);
    await em.flush();
    return true;
  });
}
