import type { CampaignStatus } from '../domain/campaign/campaign-status';
import type { RunState, RunStateReason } from '../domain/campaign/run-state';
import type { CallStatePayload, DialerStatusPayload, WallboardPayload } from './live-topics';
import type { AgentCallPayload, AgentPreviewPayload, AgentStatePayload } from './agent-topics';
import type { RecipientChangedPayload } from './recipient-topics';

/**
 * Every pub/sub topic and its payload, in one place. Payloads stay small (ids and states)
 * because they travel through PostgreSQL NOTIFY, which caps a message at 8000 bytes.
 */
export interface CampaignChangedPayload {
  tenantId: string;
  campaignId: string;
  status: CampaignStatus;
  /** Null once the campaign cannot dial (run-state-rules.ts). */
  runState: RunState | null;
  /** Which limit holds it (PACED, AT_LIMIT, BLOCKED, SWITCH_DOWN); absent from older publishers. */
  runStateReason?: RunStateReason | null;
  /** What happened: START, PAUSE, UPDATE, RECIPIENTS_ADDED, … */
  action: string;
  /** Cancelled or terminated with hangUpCalls: the leading dialer hangs up the campaign's calls in progress. */
  hangUpCalls?: boolean;
  at: string;
}

/** A file import's progress; sent about once a second while it runs, and when it ends. */
export interface ImportProgressPayload {
  tenantId: string;
  importId: string;
  /** An ImportStatus. */
  status: string;
  rowsRead: number;
  imported: number;
  rejected: number;
  merged: number;
  flaggedDnc: number;
  percent: number;
  error: string | null;
}

export interface TopicMap {
  CAMPAIGN_CHANGED: CampaignChangedPayload;
  CALL_STATE: CallStatePayload;
  WALLBOARD: WallboardPayload;
  DIALER_STATUS: DialerStatusPayload;
  IMPORT_PROGRESS: ImportProgressPayload;
  AGENT_STATE: AgentStatePayload;
  AGENT_CALL: AgentCallPayload;
  AGENT_PREVIEW: AgentPreviewPayload;
  RECIPIENT_CHANGED: RecipientChangedPayload;
}

export type Topic = keyof TopicMap;

export interface BusEvent<T extends Topic = Topic> {
  topic: T;
  payload: TopicMap[T];
}
