import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20 item 6: a billing code (`accountcode`) on campaigns, lists and the tenant's
 * settings; every call carries the campaign's, else the tenant's, as a channel variable.
 */
export class Migration20261214160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "accountcode" text null;`);
    this.addSql(`alter table "recipient_list" add column "accountcode" text null;`);
    this.addSql(`alter table "tenant_settings" add column "accountcode" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenant_settings" drop column "accountcode";`);
    this.addSql(`alter table "recipient_list" drop column "accountcode";`);
    this.addSql(`alter table "campaign" drop column "accountcode";`);
  }
}
