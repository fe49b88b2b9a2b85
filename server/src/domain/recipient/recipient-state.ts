/** Where one campaign recipient stands (product.md "Recipient states"). */
export enum RecipientState {
  READY = 'READY',
  DIALING = 'DIALING',
  IN_CALL = 'IN_CALL',
  CONTACTED = 'CONTACTED',
  RETRY_WAIT = 'RETRY_WAIT',
  FAILED = 'FAILED',
  WAITING_AGENT = 'WAITING_AGENT',
  STOPPED = 'STOPPED',
  EXPIRED = 'EXPIRED',
  DNC = 'DNC',
  SCHEDULED = 'SCHEDULED',
}
