import { ComplianceProfile } from './compliance-profile';

/**
 * The message shipped with Pacer (deploy/freeswitch/sounds/pacer/safe-harbor.wav, mounted into
 * the docker-compose FreeSWITCH's sounds directory), played when a campaign names none.
 */
export const DEFAULT_ABANDON_MESSAGE_FILE = 'pacer/safe-harbor.wav';

/**
 * The dialer gives up on finding an agent this long before the limit: marking the attempt and
 * the switch's uuid_broadcast take tens of milliseconds, and the message must have started by
 * the limit, not merely been decided.
 */
export const MESSAGE_LEAD_MS = 250;

/** The file an abandoned answer hears: the campaign's `abandonMessage`, else the shipped one. */
export function abandonMessageFile(campaignFile: string | null | undefined): string {
  return campaignFile?.trim() ? campaignFile : DEFAULT_ABANDON_MESSAGE_FILE;
}

/**
 * What an answered person hears when no agent is free, and how soon.
 *
 * US_TSR: 16 CFR 310.4(b)(4)(iii) — within two seconds after the completed greeting, a
 * recorded message stating the seller's name and telephone number (the "safe harbor" message).
 * UK_OFCOM: Ofcom statement of policy on persistent misuse (2016) — an information message
 * naming the company and a number to call back, within two seconds of the answer.
 * Each campaign names its message (`abandonMessage`, default below); the dialer plays it once
 * no agent took the answer within `withinSeconds` of the answer, AMD time included
 * (dialer/agents/abandon-clock.ts).
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
