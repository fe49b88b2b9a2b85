import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { RecipientCounts } from '../campaign/recipient-counts.type';
import { isFinalRecipientState } from '../../domain/recipient/recipient-figures';
import { tallyByState } from '../../reports/campaign-tally';
import { LOADER_OPTIONS } from './loader-options';

const COUNT_FIELD: Record<RecipientState, Exclude<keyof RecipientCounts, 'total' | 'final' | 'open'>> = {
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

/** Campaign id -> recipients by state, from the tallies: one query for every campaign of the response. */
export function recipientCountsLoader(em: EntityManager): DataLoader<string, RecipientCounts> {
  return new DataLoader<string, RecipientCounts>(async (ids) => {
    const byCampaign = await tallyByState(em, ids);
    return ids.map((id) => {
      const counts = new RecipientCounts();
      for (const [state, n] of byCampaign.get(id) ?? []) {
        counts[COUNT_FIELD[state as RecipientState]] = n;
        counts.total += n;
        if (isFinalRecipientState(state as RecipientState)) counts.final += n;
        else counts.open += n;
      }
      return counts;
    });
  }, LOADER_OPTIONS);
}
