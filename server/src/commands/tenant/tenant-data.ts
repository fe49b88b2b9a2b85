// Plain inputs of the tenant commands (the operator's); the GraphQL input classes implement them.

/** createTenant: the tenant, its first admin, and its caps (absent or null = no cap). */
export interface CreateTenantData {
  name: string;
  adminEmail: string;
  /** Absent: one is generated and returned once. */
  adminPassword?: string | null;
  maxConcurrentCalls?: number | null;
  callsPerSecond?: number | null;
  maxActiveCampaigns?: number | null;
}

/** updateTenant: only what is given changes; a cap given as null is removed (no cap). */
export interface UpdateTenantData {
  name?: string | null;
  maxConcurrentCalls?: number | null;
  callsPerSecond?: number | null;
  maxActiveCampaigns?: number | null;
}
