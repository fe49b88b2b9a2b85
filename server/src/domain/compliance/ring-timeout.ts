import { ComplianceProfile } from './compliance-profile';
import type { ComplianceFacts, RuleProblem } from './rule-problem';

/**
 * An unanswered call rings long enough to be picked up.
 *
 * US_TSR: 16 CFR 310.4(b)(4)(ii) — the safe harbor requires letting the phone ring "for at
 * least fifteen (15) seconds or four (4) rings before disconnecting an unanswered call".
 * Ofcom sets no minimum here (its 15 s rule is about AMD); NONE none.
 */
export const MIN_RING_SECONDS: Readonly<Record<ComplianceProfile, number | null>> = {
  [ComplianceProfile.US_TSR]: 15,
  [ComplianceProfile.UK_OFCOM]: null,
  [ComplianceProfile.NONE]: null,
};

export function ringTimeoutProblem(profile: ComplianceProfile, c: ComplianceFacts): RuleProblem | null {
  const min = MIN_RING_SECONDS[profile];
  if (min === null || c.ringTimeoutSeconds >= min) return null;
  return {
    code: 'COMPLIANCE_RING_TIMEOUT',
    rule: `${profile} ring timeout (16 CFR 310.4(b)(4)(ii))`,
    reason: `${profile} requires unanswered calls to ring at least ${min} s (16 CFR 310.4(b)(4)(ii)): the ring timeout is ${c.ringTimeoutSeconds} s`,
  };
}
