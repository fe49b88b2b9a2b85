import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18 item 4: each campaign names the message an abandoned answer hears (null: the
 * shipped pacer/safe-harbor.wav), and the abandon rate is measured over the compliance
 * profile's window (30 days, 24 h) on every tick. The answered-attempts index gains
 * answered_at as a key and amd_result as a column, so that count is an index-only range scan
 * per campaign; the reports' by-campaign scans use it as before.
 */
export class Migration20261214110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "abandon_message" text null;`);
    this.addSql(`drop index if exists "call_attempt_answered_idx";`);
    this.addSql(
      `create index "call_attempt_answered_idx" on "call_attempt" ("campaign_id", "answered_at") include ("bill_seconds", "abandoned", "amd_result") where "answered_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "call_attempt_answered_idx";`);
    this.addSql(
      `create index "call_attempt_answered_idx" on "call_attempt" ("campaign_id") include ("bill_seconds", "abandoned") where "answered_at" is not null;`,
    );
    this.addSql(`alter table "campaign" drop column "abandon_message";`);
  }
}
