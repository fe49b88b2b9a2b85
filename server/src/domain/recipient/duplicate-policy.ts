/** What to do with a number the campaign (or the batch) already has. */
export enum DuplicatePolicy {
  /** Any number already in the campaign (or twice in the batch) rejects the whole batch. */
  REJECT = 'REJECT',
  /** Recipients with such a number are skipped and counted. */
  SKIP = 'SKIP',
}
