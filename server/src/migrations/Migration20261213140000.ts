import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18: compliance profiles and recipient-local calling hours.
 *
 * - tenant_settings.compliance_profile: tenants that existed before this migration keep
 *   dialing as they did (NONE, shown in red in the console so an admin chooses); a tenant
 *   created afterwards starts on US_TSR (the column default).
 * - campaign.compliance_profile: null = the tenant's.
 * - campaign_recipient.number_zones: the zones derived from the recipient's numbers at
 *   add/import time (null = not derived yet; filled on first read).
 * - campaign_recipient_deadline_idx: recipients waiting with a not-after / expire-at, so the
 *   dialer expires them the moment it passes (issue 18 item 5).
 */
export class Migration20261213140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "compliance_profile" as enum ('US_TSR', 'UK_OFCOM', 'NONE');`);
    this.addSql(`alter table "tenant_settings" add column "compliance_profile" "compliance_profile" not null default 'NONE';`);
    this.addSql(`alter table "tenant_settings" alter column "compliance_profile" set default 'US_TSR';`);
    this.addSql(`alter table "campaign" add column "compliance_profile" "compliance_profile" null;`);
    this.addSql(`alter table "campaign_recipient" add column "number_zones" text[] null;`);
    this.addSql(
      `create index campaign_recipient_deadline_idx on campaign_recipient (campaign_id, (least(not_after, expire_at))) where state in ('READY', 'RETRY_WAIT', 'SCHEDULED') and (not_after is not null or expire_at is not null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists campaign_recipient_deadline_idx;`);
    this.addSql(`alter table "campaign_recipient" drop column "number_zones";`);
    this.addSql(`alter table "campaign" drop column "compliance_profile";`);
    this.addSql(`alter table "tenant_settings" drop column "compliance_profile";`);
    this.addSql(`drop type "compliance_profile";`);
  }
}
