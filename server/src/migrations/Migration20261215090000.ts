import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 21: the platform operator's role. Added as an enum value only; the first start gives
 * it to the admin it creates, and on an existing install to the oldest active admin (the
 * bootstrap does that once the value is committed: Postgres refuses a new enum value in the
 * transaction that added it).
 */
export class Migration20261215090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "role" add value if not exists 'PLATFORM_ADMIN' before 'ADMIN';`);
  }

  override async down(): Promise<void> {
    // Postgres cannot drop an enum value; demote the operators so the value is unused.
    this.addSql(`update "app_user" set "role" = 'ADMIN' where "role" = 'PLATFORM_ADMIN';`);
  }
}
