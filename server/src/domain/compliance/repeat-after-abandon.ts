import { DialingMode } from '../campaign/campaign-type';
import { ComplianceProfile } from './compliance-profile';

/**
 * No repeat call to a number whose call was abandoned, for a while, unless an agent is sure
 * to be free.
 *
 * UK_OFCOM: Ofcom statement of policy on persistent misuse (2016) — where a call has been
 * abandoned, any repeat call to that number in the following 72 hours may only be made with
 * the guaranteed presence of a live operator. US_TSR and NONE: no such rule.
 */
export const REPEAT_AFTER_ABANDON_HOURS: Readonly<Record<ComplianceProfile, number | null>> = {
  [ComplianceProfile.US_TSR]: null,
  [ComplianceProfile.UK_OFCOM]: 72,
  [ComplianceProfile.NONE]: null,
};

/**
 * How long (ms) a recipient whose last call was abandoned rests before the next call, or null.
 * PREVIEW and PROGRESSIVE reserve an agent before they dial, so an agent is sure to be free:
 * the rule does not hold them back. VOICE campaigns never abandon (no agent is meant).
 */
export function abandonRestMs(profile: ComplianceProfile, dialingMode: DialingMode | null): number | null {
  const hours = REPEAT_AFTER_ABANDON_HOURS[profile];
  if (hours === null) return null;
  if (dialingMode === DialingMode.PREVIEW || dialingMode === DialingMode.PROGRESSIVE) return null;
  return hours * 3_600_000;
}
