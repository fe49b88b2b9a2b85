import { CampaignStatus as S } from './campaign-status';

/** Everything a person or the dialer can do to a campaign's lifecycle. */
export enum CampaignAction {
  /** Start now: CREATED goes straight to RUNNING. */
  START = 'START',
  /** Start at a time or after a delay. */
  SCHEDULE = 'SCHEDULE',
  /** The scheduled time came (dialer). */
  ACTIVATE = 'ACTIVATE',
  PAUSE = 'PAUSE',
  RESUME = 'RESUME',
  CANCEL = 'CANCEL',
  RESTART = 'RESTART',
  /** All recipients reached or completion threshold met (dialer). */
  COMPLETE = 'COMPLETE',
  /** Every recipient final, some not reached (dialer). */
  MARK_INCOMPLETE = 'MARK_INCOMPLETE',
  /** Attempts added or recipients reactivated/added: dialing starts again. */
  REOPEN = 'REOPEN',
  /** Close for good. */
  TERMINATE = 'TERMINATE',
}

/**
 * The one table of allowed moves (product.md "Campaign states"). Anything not listed is a
 * CONFLICT for the API; keeping it as data makes "every other move is refused" testable.
 */
const TABLE: Readonly<Record<CampaignAction, ReadonlyArray<readonly [S, S]>>> = {
  [CampaignAction.START]: [[S.CREATED, S.RUNNING]],
  [CampaignAction.SCHEDULE]: [
    [S.CREATED, S.SCHEDULED],
    [S.SCHEDULED, S.SCHEDULED],
  ],
  [CampaignAction.ACTIVATE]: [[S.SCHEDULED, S.RUNNING]],
  [CampaignAction.PAUSE]: [[S.RUNNING, S.PAUSED]],
  [CampaignAction.RESUME]: [[S.PAUSED, S.RUNNING]],
  [CampaignAction.CANCEL]: [
    [S.SCHEDULED, S.CANCELLED],
    [S.RUNNING, S.CANCELLED],
    [S.PAUSED, S.CANCELLED],
  ],
  [CampaignAction.RESTART]: [[S.CANCELLED, S.RUNNING]],
  [CampaignAction.COMPLETE]: [[S.RUNNING, S.COMPLETED]],
  [CampaignAction.MARK_INCOMPLETE]: [[S.RUNNING, S.INCOMPLETE]],
  [CampaignAction.REOPEN]: [
    [S.INCOMPLETE, S.RUNNING],
    [S.COMPLETED, S.RUNNING],
  ],
  [CampaignAction.TERMINATE]: [
    [S.INCOMPLETE, S.TERMINATED],
    [S.COMPLETED, S.TERMINATED],
    [S.CANCELLED, S.TERMINATED],
  ],
};

/** The status after `action`, or null when the move is not allowed from `from`. */
export function nextCampaignStatus(from: S, action: CampaignAction): S | null {
  const hit = TABLE[action].find(([f]) => f === from);
  return hit ? hit[1] : null;
}

/** The states the action may start from, for error messages ("allowed from: …"). */
export function allowedFrom(action: CampaignAction): S[] {
  return TABLE[action].map(([f]) => f);
}

/** Settings may change only while the dialer is not (or about to be) working on it. */
export function isEditable(status: S): boolean {
  return status !== S.SCHEDULED && status !== S.RUNNING && status !== S.PAUSED;
}

/** States in which the dialer may place new calls. */
export function isDialing(status: S): boolean {
  return status === S.RUNNING;
}
