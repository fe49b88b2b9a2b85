import { CampaignStatus } from './campaign-status';
import { RunState } from './run-state';

/** Statuses in which a campaign has a run state: it dials, will dial, or may dial again. */
export const STATUSES_WITH_RUN_STATE: ReadonlySet<CampaignStatus> = new Set([
  CampaignStatus.SCHEDULED,
  CampaignStatus.RUNNING,
  CampaignStatus.PAUSED,
]);

/**
 * The run state a campaign takes when its status changes: IDLE while it is scheduled, paused
 * or (re)starting (the dialer says more within a second once it runs), null once it can no
 * longer dial (created, cancelled, completed, incomplete, terminated), so a finished campaign
 * never keeps its last "DIALING".
 */
export function runStateOnStatus(status: CampaignStatus): RunState | null {
  return STATUSES_WITH_RUN_STATE.has(status) ? RunState.IDLE : null;
}
