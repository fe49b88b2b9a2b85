import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 21: the audit log (entities/audit-entry.entity.ts). Append-only, no foreign keys: an
 * entry outlives what it names. Indexed for a tenant's newest entries and for time ranges.
 */
export class Migration20261215110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "audit_action" as enum ('TENANT_CREATED', 'TENANT_UPDATED', 'TENANT_SUSPENDED', 'TENANT_RESUMED', 'TENANT_SETTINGS_UPDATED', 'USER_CREATED', 'USER_UPDATED', 'USER_PASSWORD_RESET', 'API_KEY_CREATED', 'API_KEY_REVOKED', 'GATEWAY_CREATED', 'GATEWAY_UPDATED', 'GATEWAY_DELETED', 'CALENDAR_CREATED', 'CALENDAR_UPDATED', 'CALENDAR_DELETED', 'DNC_LIST_ENTRIES_ADDED', 'DNC_LIST_ENTRIES_REMOVED', 'DNC_LIST_IMPORTED');`,
    );
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "tenant_id" uuid not null, "actor_kind" "actor_kind" not null, "actor_id" uuid null, "actor_label" text not null, "actor_tenant_id" uuid null, "action" "audit_action" not null, "target_type" text not null, "target_id" text null, "changes" jsonb not null, "at" timestamptz not null);`,
    );
    this.addSql(`create index "audit_entry_tenant_id_id_index" on "audit_entry" ("tenant_id", "id");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop type "audit_action";`);
  }
}
