import type { RunState, RunStateReason } from '@/gql/graphql';
import { runStateLabel, runStateText } from './run-state-text';

const COLORS: Record<RunState, [string, string]> = {
  IDLE: ['#e2e8f0', '#334155'],
  DIALING: ['#dcfce7', '#166534'],
  PACED: ['#e0f2fe', '#075985'],
  AT_LIMIT: ['#e0f2fe', '#075985'],
  BLOCKED: ['#fef3c7', '#92400e'],
  OUTSIDE_HOURS: ['#ede9fe', '#5b21b6'],
  WAITING_RETRY: ['#f1f5f9', '#475569'],
  WAITING_AGENTS: ['#fef3c7', '#92400e'],
  SWITCH_DOWN: ['#fee2e2', '#991b1b'],
};

/** A campaign's run state as a pill, its reason as the tooltip; nothing once it has none. */
export function RunStateBadge({ state, reason }: { state: RunState | null | undefined; reason?: RunStateReason | null }) {
  if (!state) return null;
  const [bg, fg] = COLORS[state];
  return (
    <span className="badge" style={{ background: bg, color: fg }} data-run-state={state} title={runStateText(state, reason)}>
      {runStateLabel(state)}
    </span>
  );
}
