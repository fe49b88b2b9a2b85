import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CallAttempt } from '../../entities/call-attempt.entity';
import { RecipientPhone } from '../../entities/recipient-phone.entity';
import { listsByKey } from './group-by-key';
import { LOADER_OPTIONS } from './loader-options';

/** Recipient id -> its numbers in dialing order (priority, then as given), one query per batch. */
export function recipientPhonesLoader(em: EntityManager): DataLoader<string, RecipientPhone[]> {
  return new DataLoader<string, RecipientPhone[]>(async (ids) => {
    const rows = await em.find(RecipientPhone, { recipient: { $in: [...ids] } }, { orderBy: [{ priority: 'desc' }, { id: 'asc' }] });
    return listsByKey(ids, rows, (p) => p.recipient.id);
  }, LOADER_OPTIONS);
}

/** Recipient id -> every attempt, oldest first, one query per batch. */
export function recipientAttemptsLoader(em: EntityManager): DataLoader<string, CallAttempt[]> {
  return new DataLoader<string, CallAttempt[]>(async (ids) => {
    const rows = await em.find(CallAttempt, { recipient: { $in: [...ids] } }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return listsByKey(ids, rows, (a) => a.recipient.id);
  }, LOADER_OPTIONS);
}
