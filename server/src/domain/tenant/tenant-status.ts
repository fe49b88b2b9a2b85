/**
 * Whether a tenant may use the platform (issue 21). The platform operator suspends a tenant
 * (unpaid, abuse): its campaigns stop and its users and keys are refused until resumed.
 */
export enum TenantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
