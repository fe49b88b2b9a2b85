import type { CampaignStatus, RecipientState, RunState } from '@/gql/graphql';
import { humanize } from '@/lib/format';

const COLORS: Record<string, [string, string]> = {
  CREATED: ['#e2e8f0', '#334155'],
  SCHEDULED: ['#ede9fe', '#5b21b6'],
  RUNNING: ['#dcfce7', '#166534'],
  PAUSED: ['#fef3c7', '#92400e'],
  COMPLETED: ['#dbeafe', '#1e40af'],
  INCOMPLETE: ['#ffedd5', '#9a3412'],
  CANCELLED: ['#fee2e2', '#991b1b'],
  TERMINATED: ['#f1f5f9', '#475569'],
  CONTACTED: ['#dcfce7', '#166534'],
  FAILED: ['#fee2e2', '#991b1b'],
  READY: ['#e0f2fe', '#075985'],
  DIALING: ['#fef9c3', '#854d0e'],
  IN_CALL: ['#d1fae5', '#065f46'],
};

/** Campaign status, run state or recipient state as a coloured pill. */
export function StatusBadge({ value }: { value: CampaignStatus | RecipientState | RunState }) {
  const [bg, fg] = COLORS[value] ?? ['#e2e8f0', '#334155'];
  return (
    <span className="badge" style={{ background: bg, color: fg }} data-status={value}>
      {humanize(value)}
    </span>
  );
}
