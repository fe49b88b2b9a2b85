import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 23: ANSWERED_LOST, a call answered and then lost with Pacer or the switch before its
 * end was seen. It used to be INTERRUPTED (not counted, recipient READY), so a person who was
 * listening when the server died was called again at once.
 */
export class Migration20261208090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "call_outcome" add value if not exists 'ANSWERED_LOST';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; it is harmless when unused.
  }
}
