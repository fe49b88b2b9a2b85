import { AGENT_STATE_COLORS } from '@/components/agents/AgentStateBadge';
import type { AgentState, WallboardFieldsFragment } from '@/gql/graphql';
import { abandonFigure, formatRate } from '@/lib/figures';
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
 * the agent badges), occupancy, and the abandon rate against its target (red when over), over
 * the pacer's 15 minutes and over the compliance profile's window (30 days or 24 hours).
 * Nothing for VOICE campaigns; on the tenant board only when the tenant has agents.
 */
export function AgentTiles({ w }: { w: WallboardFieldsFragment }) {
  const a = w.agents;
  if (!a) return null;
  if (w.campaignId === null && STATES.every(([k]) => a[k] === 0)) return null;
  const target = w.abandonRateTarget ?? null;
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
      <AbandonTile
        tile="abandonRate"
        rate={w.abandonRate ?? null}
        target={target}
        window="15 min"
        title="Abandoned calls out of calls answered by a person, last 15 minutes: the window that steers predictive pacing"
      />
      {w.profileWindowHours ? (
        <AbandonTile
          tile="profileAbandonRate"
          rate={w.profileAbandonRate ?? null}
          target={target}
          window={windowLabel(w.profileWindowHours)}
          title="Abandoned calls out of calls answered by a person over the compliance profile's window (US TSR: 30 days, Ofcom: 24 hours), what a regulator measures; predictive pacing keeps it under the target too"
        />
      ) : null}
    </div>
  );
}

const windowLabel = (hours: number): string => (hours % 24 === 0 && hours > 24 ? `${hours / 24} days` : `${hours} h`);

/** One abandon rate against the campaign's target; highlighted when over it, as on every page (lib/figures.ts). */
function AbandonTile(p: { tile: string; rate: number | null; target: number | null; window: string; title: string }) {
  const f = abandonFigure({ rate: p.rate, target: p.target });
  const over = f.over;
  return (
    <div
      className={`${styles.tile} ${over ? styles.bad : ''}`}
      data-tile={p.tile}
      data-over-target={over ? 'true' : 'false'}
      title={p.title}
    >
      <div className={styles.value}>{f.value}</div>
      <div className={styles.label} style={over ? { color: 'inherit' } : undefined}>
        Abandoned of answered ({p.window}){p.target === null ? '' : ` · target ${formatRate(p.target)}`}
      </div>
    </div>
  );
}
