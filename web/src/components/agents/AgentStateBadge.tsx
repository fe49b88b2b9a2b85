import type { AgentState } from '@/gql/graphql';
import { humanize } from '@/lib/format';

/** Background and text colour per state; the live wallboard's agent row uses the same. */
export const AGENT_STATE_COLORS: Record<AgentState, [string, string]> = {
  AVAILABLE: ['#dcfce7', '#166534'],
  RESERVED: ['#fef9c3', '#854d0e'],
  ON_CALL: ['#dbeafe', '#1e40af'],
  WRAP_UP: ['#ede9fe', '#5b21b6'],
  BREAK: ['#ffedd5', '#9a3412'],
  LOGGED_OUT: ['#f1f5f9', '#475569'],
};

export function AgentStateBadge({ state }: { state: AgentState }) {
  const [bg, fg] = AGENT_STATE_COLORS[state];
  return (
    <span className="badge" style={{ background: bg, color: fg }} data-agent-state={state}>
      {humanize(state)}
    </span>
  );
}
