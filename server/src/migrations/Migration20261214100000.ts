import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18, item 3: each campaign chooses which of its tenant's named do-not-call lists
 * apply (null: all of them); lists are looked up by name.
 */
export class Migration20261214100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "dnc_lists" text[] null;`);
    // Naming a list (a campaign's choice, an agent's "add to list") probes it by name.
    this.addSql(`create index "dnc_entry_tenant_id_list_name_index" on "dnc_entry" ("tenant_id", "list_name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dnc_entry_tenant_id_list_name_index";`);
    this.addSql(`alter table "campaign" drop column "dnc_lists";`);
  }
}
