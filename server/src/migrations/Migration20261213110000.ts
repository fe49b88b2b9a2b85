import { Migration } from '@mikro-orm/migrations';

/** Issue 17 item 6: a campaign may keep its recipients' fields off the channel (default: on). */
export class Migration20261213110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "send_recipient_fields" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "campaign" drop column "send_recipient_fields";`);
  }
}
