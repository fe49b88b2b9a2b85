import type { WallboardFieldsFragment } from '@/gql/graphql';
import { formatDuration } from '@/lib/figures';
import { AgentTiles } from './AgentTiles';
import styles from './live.module.css';

/** The live figures of a campaign or the whole tenant; the agent row below for agent campaigns. */
export function WallboardTiles({ w }: { w: WallboardFieldsFragment | null }) {
  const tiles: Array<[string, string, string]> = [
    ['activeCalls', 'Active calls', w ? String(w.activeCalls) : '…'],
    ['callsPerMinute', 'Calls ended / minute', w ? String(w.callsPerMinute) : '…'],
    [
      'answerRate',
      'Answer rate (5 min)',
      w ? (w.answerRate === null || w.answerRate === undefined ? '—' : `${Math.round(w.answerRate * 100)}%`) : '…',
    ],
    ['abandonedCalls', 'Abandoned (5 min)', w ? String(w.abandonedCalls) : '…'],
    ['confirmedCalls', 'Confirmed (5 min)', w ? String(w.confirmedCalls) : '…'],
    ['recipientsRemaining', 'Recipients remaining', w ? String(w.recipientsRemaining) : '…'],
    ['eta', 'Estimated time to finish', w ? formatDuration(w.etaSeconds) : '…'],
  ];
  return (
    <>
      <div className={styles.tiles} data-testid="wallboard">
        {tiles.map(([key, label, value]) => (
          <div key={key} className={styles.tile} data-tile={key}>
            <div className={styles.value}>{value}</div>
            <div className={styles.label}>{label}</div>
          </div>
        ))}
      </div>
      {w ? <AgentTiles w={w} /> : null}
    </>
  );
}
