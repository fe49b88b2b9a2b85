import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: why an answered call never reached an agent (the attempt's abandon reason and, when
 * the bridge failed, its cause), whether each agent's phone is registered on the switch (the
 * dialer reserves only reachable agents), and the cause of the offer that put an agent on a forced BREAK.
 */
export class Migration20261213090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "call_attempt" add column "abandon_reason" text null, add column "bridge_failure_cause" text null;`);
    this.addSql(
      `alter table "agent" add column "phone_registered" boolean null, add column "phone_checked_at" timestamptz null, add column "break_cause" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call_attempt" drop column if exists "abandon_reason", drop column if exists "bridge_failure_cause";`);
    this.addSql(
      `alter table "agent" drop column if exists "phone_registered", drop column if exists "phone_checked_at", drop column if exists "break_cause";`,
    );
  }
}
