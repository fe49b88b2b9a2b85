/**
 * Which telemarketing rules a campaign dials under. Chosen per tenant (TenantSettings) and
 * overridable per campaign; the rules themselves are data in one module each (this folder), so
 * the dialer's pure decision and the start validation read the same numbers.
 */
export enum ComplianceProfile {
  /** US Telemarketing Sales Rule, 16 CFR 310. */
  US_TSR = 'US_TSR',
  /** UK Ofcom's persistent-misuse policy statement (abandoned and silent calls). */
  UK_OFCOM = 'UK_OFCOM',
  /** No rule applies: chosen explicitly, shown in red in the console. */
  NONE = 'NONE',
}

/** A new tenant starts here (the migration put tenants that existed before on NONE). */
export const DEFAULT_COMPLIANCE_PROFILE = ComplianceProfile.US_TSR;

const KNOWN = new Set<string>(Object.values(ComplianceProfile));

/** The campaign's own profile when it overrides, else the tenant's, else the default. */
export function effectiveProfile(campaign: string | null | undefined, tenant: string | null | undefined): ComplianceProfile {
  if (campaign && KNOWN.has(campaign)) return campaign as ComplianceProfile;
  if (tenant && KNOWN.has(tenant)) return tenant as ComplianceProfile;
  return DEFAULT_COMPLIANCE_PROFILE;
}
