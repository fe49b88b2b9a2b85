import { graphql } from '@/gql';
import type { CampaignCountersFragment } from '@/gql/graphql';
import styles from './campaigns.module.css';

export const CampaignCountersFields = graphql(`
  fragment CampaignCounters on RecipientCounts {
    total
    ready
    dialing
    inCall
    contacted
    retryWait
    failed
    stopped
    expired
    dnc
    scheduled
    waitingAgent
  }
`);

const TILES: Array<[keyof Omit<CampaignCountersFragment, '__typename'>, string]> = [
  ['total', 'Total'],
  ['ready', 'Ready'],
  ['dialing', 'Dialing'],
  ['inCall', 'In call'],
  ['contacted', 'Contacted'],
  ['retryWait', 'Retry wait'],
  ['failed', 'Failed'],
  ['stopped', 'Stopped'],
  ['scheduled', 'Callback'],
  ['waitingAgent', 'Waiting agent'],
  ['expired', 'Expired'],
  ['dnc', 'DNC'],
];

/** Recipients by state, with the share reached. */
export function CampaignCounters({ counts }: { counts: CampaignCountersFragment }) {
  const done = counts.contacted + counts.failed + counts.stopped + counts.expired + counts.dnc;
  const pct = counts.total > 0 ? Math.round((done / counts.total) * 100) : 0;
  return (
    <div className="card">
      <div className={styles.progress} aria-label={`${pct}% finished`}>
        <div style={{ width: `${pct}%` }} />
      </div>
      <div className={styles.tiles} data-testid="counters">
        {TILES.map(([key, label]) => (
          <div key={key} className={styles.tile} data-counter={key}>
            <div className={styles.tileValue}>{counts[key]}</div>
            <div className={styles.tileLabel}>
              {label}
              {key !== 'total' && counts.total > 0 && counts[key] > 0 && (
                <span className={styles.pct}> · {Math.round((counts[key] / counts.total) * 1000) / 10}%</span>
              )}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
