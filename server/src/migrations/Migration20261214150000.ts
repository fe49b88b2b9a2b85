import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20 item 1: campaigns and lists say how their numbers are read — E164 (normalised in
 * a region, zones from the number; what every existing row is) or AS_DIALED (kept as given
 * and dialed unchanged, no zone from the number).
 */
export class Migration20261214150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "number_format" as enum ('E164', 'AS_DIALED');`);
    this.addSql(`alter table "campaign" add column "number_format" "number_format" not null default 'E164';`);
    this.addSql(`alter table "recipient_list" add column "number_format" "number_format" not null default 'E164';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "recipient_list" drop column "number_format";`);
    this.addSql(`alter table "campaign" drop column "number_format";`);
    this.addSql(`drop type if exists "number_format";`);
  }
}
