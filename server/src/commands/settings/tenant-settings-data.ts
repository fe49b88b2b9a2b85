import type { ComplianceProfile } from '../../domain/compliance/compliance-profile';

/** What updateTenantSettings takes; only what is given changes (its GraphQL input class implements it). */
export interface UpdateTenantSettingsData {
  maxActiveCampaigns?: number | null;
  maxTotalCalls?: number | null;
  maxInternalCalls?: number | null;
  maxExternalCalls?: number | null;
  callsPerSecond?: number | null;
  internalNumberPattern?: string | null;
  queueMultiplier?: number | null;
  defaultRegion?: string | null;
  complianceProfile?: ComplianceProfile | null;
  /** "" clears it. */
  accountcode?: string | null;
}
