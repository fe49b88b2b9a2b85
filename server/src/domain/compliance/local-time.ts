import { NumberFormat } from '../numbers/number-format';
import { CALLING_HOURS, CALLING_HOURS_SOURCE } from './calling-hours';
import type { ComplianceProfile } from './compliance-profile';
import type { ComplianceFacts, RuleProblem } from './rule-problem';

/**
 * Calling hours need a local time. An AS_DIALED number carries no zone (none is derived from
 * digits kept as given), so a recipient without its own `timezone` is read in the calendar's
 * zone, else in UTC; under a profile with hours (US_TSR 8:00-21:00 local) UTC would be a guess,
 * so such a campaign needs a calendar whose zone stands for its recipients'.
 */
export function localTimeProblem(profile: ComplianceProfile, c: ComplianceFacts): RuleProblem | null {
  const hours = CALLING_HOURS[profile];
  if (!hours || c.numberFormat !== NumberFormat.AS_DIALED || c.hasCalendar) return null;
  return {
    code: 'COMPLIANCE_LOCAL_TIME',
    rule: `${profile} calling hours (${CALLING_HOURS_SOURCE})`,
    reason: `${profile} allows calls ${hours.start}-${hours.end} local time (${CALLING_HOURS_SOURCE}), and AS_DIALED numbers carry no time zone: give the campaign a calendar (its zone is used for recipients without a timezone)`,
  };
}
