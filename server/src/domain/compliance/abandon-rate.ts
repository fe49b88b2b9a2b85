import { CampaignType, DialingMode } from '../campaign/campaign-type';
import { ComplianceProfile } from './compliance-profile';
import type { ComplianceFacts, RuleProblem } from './rule-problem';

/**
 * The most calls answered by a person that may be abandoned (no agent in time), and over what.
 *
 * US_TSR: 16 CFR 310.4(b)(4)(i) — no more than 3 % of calls answered by a person, per
 * campaign, over the campaign if shorter than 30 days, else over each 30-day period.
 * UK_OFCOM: Ofcom statement of policy on persistent misuse (2016) — no more than 3 % of live
 * calls per campaign (or call centre) over any 24 hours.
 */
export interface AbandonLimit {
  maxPercent: number;
  windowHours: number;
  source: string;
}

export const ABANDON_LIMIT: Readonly<Record<ComplianceProfile, AbandonLimit | null>> = {
  [ComplianceProfile.US_TSR]: { maxPercent: 3, windowHours: 30 * 24, source: '16 CFR 310.4(b)(4)(i)' },
  [ComplianceProfile.UK_OFCOM]: { maxPercent: 3, windowHours: 24, source: 'Ofcom persistent misuse statement: abandoned calls' },
  [ComplianceProfile.NONE]: null,
};

/** Only predictive pacing aims at an abandon rate; its target may not be above the profile's limit. */
export function abandonRateProblem(profile: ComplianceProfile, c: ComplianceFacts): RuleProblem | null {
  const limit = ABANDON_LIMIT[profile];
  if (!limit || c.type !== CampaignType.AGENT || c.dialingMode !== DialingMode.PREDICTIVE) return null;
  if (c.abandonRateTarget <= limit.maxPercent) return null;
  return {
    code: 'COMPLIANCE_ABANDON_RATE',
    rule: `${profile} abandon rate (${limit.source})`,
    reason: `${profile} allows at most ${limit.maxPercent} % abandoned calls (${limit.source}): the abandon-rate target is ${c.abandonRateTarget} %`,
  };
}
