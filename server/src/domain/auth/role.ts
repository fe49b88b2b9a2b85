/** What a user may do inside their tenant. */
export enum Role {
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
