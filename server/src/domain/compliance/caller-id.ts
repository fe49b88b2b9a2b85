import { ComplianceProfile } from './compliance-profile';
import type { ComplianceFacts, RuleProblem } from './rule-problem';

/**
 * A caller ID number must be sent.
 *
 * US_TSR: 16 CFR 310.4(a)(8) — failing to transmit the telemarketer's telephone number (and
 * name when the carrier offers it) is an abusive practice. UK_OFCOM: Ofcom statement of policy
 * on persistent misuse (2016) — a valid, dialable CLI
 * (calling line identification) must be presented on every call.
 */
export const CALLER_ID_REQUIRED: Readonly<Record<ComplianceProfile, boolean>> = {
  [ComplianceProfile.US_TSR]: true,
  [ComplianceProfile.UK_OFCOM]: true,
  [ComplianceProfile.NONE]: false,
};

const SOURCE: Partial<Record<ComplianceProfile, string>> = {
  [ComplianceProfile.US_TSR]: '16 CFR 310.4(a)(8)',
  [ComplianceProfile.UK_OFCOM]: 'Ofcom persistent misuse statement: CLI',
};

export function callerIdProblem(profile: ComplianceProfile, c: ComplianceFacts): RuleProblem | null {
  if (!CALLER_ID_REQUIRED[profile] || c.callerIdNumber.trim() !== '') return null;
  return {
    code: 'COMPLIANCE_CALLER_ID',
    rule: `${profile} caller ID (${SOURCE[profile] ?? ''})`,
    reason: `${profile} requires a caller ID number (${SOURCE[profile] ?? ''}): set the campaign's callerIdNumber`,
  };
}
