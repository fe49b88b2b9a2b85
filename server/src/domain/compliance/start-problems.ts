import { abandonRateProblem } from './abandon-rate';
import { callerIdProblem } from './caller-id';
import type { ComplianceProfile } from './compliance-profile';
import { localTimeProblem } from './local-time';
import { ringTimeoutProblem } from './ring-timeout';
import type { ComplianceFacts, RuleProblem } from './rule-problem';

/**
 * Every rule of `profile` the campaign's settings break, in a stable order. Calling hours and
 * the rest after an abandoned call are not settings: the dialer's decision applies them.
 */
export function complianceProblems(profile: ComplianceProfile, facts: ComplianceFacts): RuleProblem[] {
  const problems = [
    callerIdProblem(profile, facts),
    ringTimeoutProblem(profile, facts),
    abandonRateProblem(profile, facts),
    localTimeProblem(profile, facts),
  ];
  return problems.filter((p): p is RuleProblem => p !== null);
}
