import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 21: a tenant's status (suspended by the platform operator, with the reason and time,
 * and the campaigns the suspension paused so a resume restarts only those) and the caps the
 * operator sets on its limits (null = no cap: existing tenants keep dialing as before).
 */
export class Migration20261215100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "tenant_status" as enum ('ACTIVE', 'SUSPENDED');`);
    this.addSql(`alter table "tenant"
      add column "status" "tenant_status" not null default 'ACTIVE',
      add column "suspended_reason" text null,
      add column "suspended_at" timestamptz null,
      add column "paused_by_suspension" jsonb not null default '[]',
      add column "cap_max_concurrent_calls" int null,
      add column "cap_calls_per_second" double precision null,
      add column "cap_max_active_campaigns" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenant"
      drop column "status", drop column "suspended_reason", drop column "suspended_at", drop column "paused_by_suspension",
      drop column "cap_max_concurrent_calls", drop column "cap_calls_per_second", drop column "cap_max_active_campaigns";`);
    this.addSql(`drop type "tenant_status";`);
  }
}
