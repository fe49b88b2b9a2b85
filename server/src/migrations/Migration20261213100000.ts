import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17 item 5: outcomes by final destination (Automated Dialing System): QUEUE_EMPTY /
 * QUEUE_FULL / QUEUE_INVALID for a queue, IN_* for the second leg of an extension.
 * (IVR_STARTED, IVR_FINISHED, QUEUE_JOIN / ANSWER / TIMEOUT and RESCHEDULED exist already.)
 */
export class Migration20261213100000 extends Migration {
  override async up(): Promise<void> {
    for (const v of [
      'QUEUE_EMPTY',
      'QUEUE_FULL',
      'QUEUE_INVALID',
      'IN_ANSWER',
      'IN_BUSY',
      'IN_NOANSWER',
      'IN_CANCEL',
      'IN_CONGESTION',
      'IN_CHANUNAVAIL',
    ]) {
      this.addSql(`alter type "call_outcome" add value if not exists '${v}';`);
    }
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the values stay unused.
  }
}
