import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: UNCONFIRMED, an answered call whose campaign asked for a confirmation key
 * (CONFIRM_ANSWER / CONFIRM_LISTEN) that never came.
 */
export class Migration20261212090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "call_outcome" add value if not exists 'UNCONFIRMED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the value stays unused.
  }
}
