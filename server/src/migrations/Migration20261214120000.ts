import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19 item 8: the waiting-reason breakdown and the "outside hours now" count fill missing
 * number zones first; this tiny partial index (only rows whose zones were never derived) lets
 * that check skip a campaign's million rows when there is nothing to fill.
 */
export class Migration20261214120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "campaign_recipient_zones_missing_idx" on "campaign_recipient" ("campaign_id", "id") where "number_zones" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "campaign_recipient_zones_missing_idx";`);
  }
}
