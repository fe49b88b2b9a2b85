/**
 * What a user may do. PLATFORM_ADMIN is the hosted platform's operator (issue 21): an admin of
 * its own tenant that also manages every tenant (creates, caps, suspends) and may see and stop
 * any tenant's campaigns. The first start gives it to the admin it creates; a tenant's admin
 * can never grant it.
 */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  ADMIN = 'ADMIN',
  SUPERVISOR = 'SUPERVISOR',
  AGENT = 'AGENT',
}

/** What an API key may do; a key never has more than its scopes. */
export enum ApiScope {
  READ = 'READ',
  CAMPAIGNS_WRITE = 'CAMPAIGNS_WRITE',
  RECIPIENTS_WRITE = 'RECIPIENTS_WRITE',
  RESULTS_WRITE = 'RESULTS_WRITE',
  SETTINGS_WRITE = 'SETTINGS_WRITE',
  ADMIN = 'ADMIN',
}
