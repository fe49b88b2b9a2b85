import type { CampaignType, DialingMode } from '../campaign/campaign-type';

/** The campaign settings the compliance rules judge before a start. */
export interface ComplianceFacts {
  type: CampaignType;
  dialingMode: DialingMode | null;
  callerIdNumber: string;
  ringTimeoutSeconds: number;
  /** Percent. */
  abandonRateTarget: number;
}

/** A rule a campaign would break: `code` is stable, `rule` names the rule and its source. */
export interface RuleProblem {
  code: 'COMPLIANCE_CALLER_ID' | 'COMPLIANCE_RING_TIMEOUT' | 'COMPLIANCE_ABANDON_RATE';
  rule: string;
  reason: string;
}
