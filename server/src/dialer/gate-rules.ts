import { CALLING_HOURS } from '../domain/compliance/calling-hours';
import { abandonRestMs } from '../domain/compliance/repeat-after-abandon';
import type { GateRules } from '../domain/dialer/candidate-gate';
import type { RunningCampaign } from './campaign-rows';

/**
 * A campaign row's dial-gate rules: its calendar, its profile's calling hours and rest after an
 * abandoned call. The tick's snapshot and the waiting reasons both take them from here.
 */
export function gateRulesOf(c: Pick<RunningCampaign, 'calendar' | 'complianceProfile' | 'dialingMode'>): Required<GateRules> {
  return {
    calendar: c.calendar,
    callingHours: CALLING_HOURS[c.complianceProfile],
    abandonRestMs: abandonRestMs(c.complianceProfile, c.dialingMode),
  };
}
