import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { RecipientCounts } from '../campaign/recipient-counts.type';
import { groupByKey } from './group-by-key';
import { LOADER_OPTIONS } from './loader-options';

const COUNT_FIELD: Record<RecipientState, Exclude<keyof RecipientCounts, 'total'>> = {
  [RecipientState.READY]: 'ready',
  [RecipientState.DIALING]: 'dialing',
  [RecipientState.IN_CALL]: 'inCall',
  [RecipientState.CONTACTED]: 'contacted',
  [RecipientState.RETRY_WAIT]: 'retryWait',
  [RecipientState.FAILED]: 'failed',
  [RecipientState.WAITING_AGENT]: 'waitingAgent',
  [RecipientState.STOPPED]: 'stopped',
  [RecipientState.EXPIRED]: 'expired',
  [RecipientState.DNC]: 'dnc',
  [RecipientState.SCHEDULED]: 'scheduled',
};

interface CountRow {
  campaign_id: string;
  state: RecipientState;
  n: string;
}

/** Campaign id -> recipients by state: one GROUP BY for every campaign of the response. */
export function recipientCountsLoader(em: EntityManager): DataLoader<string, RecipientCounts> {
  return new DataLoader<string, RecipientCounts>(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<CountRow[]>(
        'select campaign_id, state, count(*) as n from campaign_recipient where campaign_id = any(?::uuid[]) group by campaign_id, state',
        [`{${ids.join(',')}}`],
      );
    return groupByKey(
      ids,
      rows,
      (r) => r.campaign_id,
      (counts, { state, n }) => {
        counts[COUNT_FIELD[state]] = Number(n);
        counts.total += Number(n);
        return counts;
      },
      () => new RecipientCounts(),
    );
  }, LOADER_OPTIONS);
}
