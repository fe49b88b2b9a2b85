/** Lifecycle of a campaign (product.md "Campaign states"). Persisted as text; never renumber. */
export enum CampaignStatus {
  CREATED = 'CREATED',
  SCHEDULED = 'SCHEDULED',
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  INCOMPLETE = 'INCOMPLETE',
  CANCELLED = 'CANCELLED',
  TERMINATED = 'TERMINATED',
}
