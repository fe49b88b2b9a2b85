import { AGENT_STATE_COLORS } from '@/components/agents/AgentStateBadge';
import type { AgentState, WallboardFieldsFragment } from '@/gql/graphql';
import styles from './live.module.css';

type Counts = NonNullable<WallboardFieldsFragment['agents']>;

/**
 * Left to right as a call moves an agent: free, held for a call, talking, wrapping up, away.
 * "No phone" are AVAILABLE agents whose phone is not registered: the dialer offers them nothing.
 */
const STATES: Array<[keyof Omit<Counts, '__typename'>, AgentState, string]> = [
  ['available', 'AVAILABLE', 'Available'],
  ['noPhone', 'BREAK', 'No phone'],
  ['reserved', 'RESERVED', 'Reserved'],
  ['onCall', 'ON_CALL', 'On call'],
  ['wrapUp', 'WRAP_UP', 'Wrap-up'],
  ['onBreak', 'BREAK', 'Break'],
  ['loggedOut', 'LOGGED_OUT', 'Logged out'],
];

const percent = (v: number | null | undefined, digits = 0): string =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`;

/**
 * The agent floor at a glance, for a wall screen: one row of big counts by state (coloured like
 * the agent badges), occupancy, and the abandon rate against its target (red when over).
 * Nothing for VOICE campaigns; on the tenant board only when the tenant has agents.
 */
export function AgentTiles({ w }: { w: WallboardFieldsFragment }) {
  const a = w.agents;
  if (!a) return null;
  if (w.campaignId === null && STATES.every(([k]) => a[k] === 0)) return null;
  const target = w.abandonRateTarget ?? null;
  const rate = w.abandonRate ?? null;
  const over = target !== null && rate !== null && rate > target;
  return (
    <div className={styles.agentRow} data-testid="agent-tiles">
      {STATES.map(([key, state, label]) => {
        const [bg, fg] = AGENT_STATE_COLORS[state];
        return (
          <div
            key={key}
            className={styles.agentTile}
            style={{ background: bg, color: fg }}
            data-agent-tile={key === 'noPhone' ? 'NO_PHONE' : state}
          >
            <div className={styles.value}>{a[key]}</div>
            <div className={styles.agentLabel}>{label}</div>
          </div>
        );
      })}
      <div
        className={styles.tile}
        data-tile="occupancy"
        title="Agents on a call or in wrap-up, out of those logged in and not on break, right now"
      >
        <div className={styles.value}>{percent(w.occupancy)}</div>
        <div className={styles.label}>Occupancy</div>
      </div>
      <div
        className={`${styles.tile} ${over ? styles.bad : ''}`}
        data-tile="abandonRate"
        data-over-target={over ? 'true' : 'false'}
        title="Abandoned calls out of calls answered by a person, last 15 minutes"
      >
        <div className={styles.value}>{percent(rate, 1)}</div>
        <div className={styles.label} style={over ? { color: 'inherit' } : undefined}>
          Abandoned (15 min){target === null ? '' : ` · target ${percent(target, 1)}`}
        </div>
      </div>
    </div>
  );
}
