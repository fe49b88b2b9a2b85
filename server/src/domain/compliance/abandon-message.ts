import { ComplianceProfile } from './compliance-profile';

/**
 * What an answered person hears when no agent is free, and how soon.
 *
 * US_TSR: 16 CFR 310.4(b)(4)(iii) — within two seconds after the completed greeting, a
 * recorded message stating the seller's name and telephone number (the "safe harbor" message).
 * UK_OFCOM: Ofcom statement of policy on persistent misuse (2016) — an information message
 * naming the company and a number to call back, within two seconds of the answer.
 * The dialer plays `pacer/safe-harbor.wav` on every abandoned agent call today; issue 18
 * item 4 makes the message a campaign setting and reads `withinSeconds` from here.
 */
export interface AbandonMessage {
  kind: 'SAFE_HARBOR' | 'INFORMATION';
  withinSeconds: number;
}

export const ABANDON_MESSAGE: Readonly<Record<ComplianceProfile, AbandonMessage | null>> = {
  [ComplianceProfile.US_TSR]: { kind: 'SAFE_HARBOR', withinSeconds: 2 },
  [ComplianceProfile.UK_OFCOM]: { kind: 'INFORMATION', withinSeconds: 2 },
  [ComplianceProfile.NONE]: null,
};
