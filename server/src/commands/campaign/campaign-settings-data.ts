import type { CauseAction } from '../../domain/call/call-outcome';
import type { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import type { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import type { NumberFormat } from '../../domain/numbers/number-format';
import type { AmdSettings, CallDestination } from '../../entities/campaign-config';

/**
 * What the campaign commands take, as plain types: the GraphQL inputs (the API layer)
 * implement them, so the API and the use-cases cannot drift apart, and the commands never
 * load GraphQL. Validation of ranges stays at the edge; the rules spanning fields live in
 * apply-campaign-settings.ts.
 */

/** One step of a broadcast as given; which fields apply depends on `kind`. */
export interface BroadcastActionData {
  kind: 'PLAY' | 'WAIT' | 'TRANSFER' | 'CONFIRM_ANSWER' | 'CONFIRM_LISTEN';
  file?: string;
  seconds?: number;
  extension?: string;
  digit?: string;
  repeat?: number;
}

/** A string map entry (channel variables). */
export interface KeyValueData {
  key: string;
  value: string;
}

/** Raw hangup cause or outcome name -> what it does to the recipient. */
export interface CausePolicyEntryData {
  cause: string;
  action: CauseAction;
}

/** Every campaign setting, all optional: `null` clears a nullable one, `undefined` leaves it. */
export interface CampaignSettingsData {
  description?: string;
  type?: CampaignType;
  dialingMode?: DialingMode | null;
  /** Null: the tenant's profile. */
  complianceProfile?: ComplianceProfile | null;
  callerIdName?: string;
  callerIdNumber?: string;
  gatewayIds?: string[];
  priority?: number;
  calendarId?: string | null;
  maxConcurrentCalls?: number;
  maxInternalCalls?: number | null;
  maxExternalCalls?: number | null;
  callsPerSecond?: number;
  maxAttempts?: number;
  retryWaitSeconds?: number;
  maxUncountedAttempts?: number;
  ringTimeoutSeconds?: number;
  minSuccessSeconds?: number;
  causePolicy?: CausePolicyEntryData[];
  completionThreshold?: number | null;
  broadcastActions?: BroadcastActionData[];
  destination?: (Omit<CallDestination, 'maxWaiting'> & { maxWaiting?: number | null }) | null;
  channelVariables?: KeyValueData[];
  sendRecipientFields?: boolean;
  amd?: AmdSettings;
  abandonRateTarget?: number;
  /** Null: the shipped safe-harbor message. */
  abandonMessage?: string | null;
  wrapUpSeconds?: number;
  waitForResult?: boolean;
  queueName?: string | null;
  queueMultiplier?: number | null;
  defaultRegion?: string | null;
  /** Names of the tenant's DNC lists that apply; null: every list. */
  dncLists?: string[] | null;
  numberFormat?: NumberFormat;
  /** Templates only. */
  templateEnabled?: boolean;
  /** Null: the tenant's. */
  accountcode?: string | null;
}

export interface CreateCampaignData extends CampaignSettingsData {
  name: string;
  isTemplate?: boolean;
}

export interface UpdateCampaignData extends CampaignSettingsData {
  name?: string;
}
