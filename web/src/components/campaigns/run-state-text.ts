import type { RunState, RunStateReason } from '@/gql/graphql';

/**
 * How the console names a run state and explains it: the label for a badge and one sentence
 * for a supervisor wondering why a campaign dials as it does (the reason names the limit).
 */
const LABELS: Record<RunState, string> = {
  IDLE: 'Idle',
  DIALING: 'Dialing',
  PACED: 'Paced',
  AT_LIMIT: 'At its limit',
  BLOCKED: 'Blocked',
  OUTSIDE_HOURS: 'Outside hours',
  WAITING_RETRY: 'Waiting for retries',
  WAITING_AGENTS: 'Waiting for agents',
  SWITCH_DOWN: 'Switch down',
};

const HELP: Record<RunState, string> = {
  IDLE: 'Nothing to dial right now.',
  DIALING: 'Placing calls; no limit holds it.',
  PACED: 'Dialing as fast as its dial speed allows.',
  AT_LIMIT: 'Every call slot of the campaign is in use; the next call goes out as one ends.',
  BLOCKED: 'Held by a limit outside the campaign; calls resume as others end.',
  OUTSIDE_HOURS:
    "Outside the calling hours (the compliance profile's, narrowed by the calendar) in the recipients' own zones; dialing resumes when they open.",
  WAITING_RETRY: 'Only recipients whose retry time has not come yet are left.',
  WAITING_AGENTS: 'Waiting for a free agent.',
  SWITCH_DOWN: 'The switch (FreeSWITCH) cannot be reached; calls resume when it is back.',
};

const REASONS: Record<RunStateReason, string> = {
  CAMPAIGN_SPEED: "Paced by the campaign's dial speed (calls per second).",
  GATEWAY_SPEED: "Paced by its gateway's dial speed (calls per second).",
  TENANT_SPEED: 'Paced by the dial speed of all your campaigns together (Settings → limits).',
  SWITCH_SPEED: "Paced by the switch's own session rate.",
  CAMPAIGN_CALLS: 'Every call slot of the campaign is in use (max concurrent calls); the next call goes out as one ends.',
  CAMPAIGN_INTERNAL_CALLS: "The campaign's internal-call slots are in use.",
  CAMPAIGN_EXTERNAL_CALLS: "The campaign's external-call slots are in use.",
  TENANT_CALLS: 'Your campaigns together use every call slot of the tenant (Settings → limits).',
  TENANT_INTERNAL_CALLS: "Your campaigns together use the tenant's internal-call slots.",
  TENANT_EXTERNAL_CALLS: "Your campaigns together use the tenant's external-call slots.",
  ACTIVE_CAMPAIGNS: 'Other campaigns hold every active-campaign slot of the tenant (Settings → limits).',
  SWITCH_SESSIONS: 'The switch is at its own session limit.',
  GATEWAY_CALLS: "The campaign's gateways are full (their max concurrent calls).",
  SWITCH_LINK: 'The switch (FreeSWITCH) cannot be reached; calls resume when it is back.',
  GATEWAYS_DOWN: 'Every gateway of the campaign is down or disabled.',
};

export function runStateLabel(state: RunState | null | undefined): string {
  return state ? LABELS[state] : '—';
}

/** One sentence: the reason when there is one, else what the state means. */
export function runStateText(state: RunState | null | undefined, reason?: RunStateReason | null): string {
  if (!state) return '';
  return reason ? REASONS[reason] : HELP[state];
}
