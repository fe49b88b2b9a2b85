import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20 item 7 (Kalliope templates): a template is enabled or disabled (a disabled one creates
 * no campaign; every existing template stays enabled), and a campaign remembers the template it
 * was created from, so deleting the template can name them. Soft deletes keep the pointer; a hard
 * delete (tenant removal) clears it.
 */
export class Migration20261214170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "template_enabled" boolean not null default true;`);
    this.addSql(`alter table "campaign" add column "created_from_template_id" uuid null;`);
    this.addSql(`alter table "campaign" add constraint "campaign_created_from_template_id_foreign" foreign key ("created_from_template_id")
      references "campaign" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "campaign_created_from_template_id_index" on "campaign" ("created_from_template_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "campaign_created_from_template_id_index";`);
    this.addSql(`alter table "campaign" drop constraint if exists "campaign_created_from_template_id_foreign";`);
    this.addSql(`alter table "campaign" drop column "created_from_template_id";`);
    this.addSql(`alter table "campaign" drop column "template_enabled";`);
  }
}
