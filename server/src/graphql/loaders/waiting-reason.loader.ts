import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Waiting } from '../../domain/dialer/waiting-reason';
import { loadWaitingReasons } from '../../reports/waiting-reasons';
import { LOADER_OPTIONS } from './loader-options';

/** Recipient id -> why it is not being called now: one batch per page of recipients. */
export function waitingReasonLoader(em: EntityManager): DataLoader<string, Waiting | null> {
  return new DataLoader<string, Waiting | null>(async (ids) => {
    const found = await loadWaitingReasons(em, ids, new Date());
    return ids.map((id) => found.get(id) ?? null);
  }, LOADER_OPTIONS);
}
