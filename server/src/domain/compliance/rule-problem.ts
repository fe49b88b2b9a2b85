import type { CampaignType, DialingMode } from '../campaign/campaign-type';
import type { NumberFormat } from '../numbers/number-format';

/** The campaign settings the compliance rules judge before a start. */
export interface ComplianceFacts {
  type: CampaignType;
  dialingMode: DialingMode | null;
  callerIdNumber: string;
  ringTimeoutSeconds: number;
  /** Percent. */
  abandonRateTarget: number;
  /** E164 when absent. */
  numberFormat?: NumberFormat;
  /** A calendar whose zone reads the hours of recipients with no zone. */
  hasCalendar?: boolean;
}

/** A rule a campaign would break: `code` is stable, `rule` names the rule and its source. */
export interface RuleProblem {
  code: 'COMPLIANCE_CALLER_ID' | 'COMPLIANCE_RING_TIMEOUT' | 'COMPLIANCE_ABANDON_RATE' | 'COMPLIANCE_LOCAL_TIME';
  rule: string;
  reason: string;
}
