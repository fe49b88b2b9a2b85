import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 23: the answer script's progress on record (call-marks), so a new leader re-attaching
 * an answered call resumes its message where the old one was instead of cutting it.
 * Issue 22: SWITCH_REFUSED, an originate the switch refused for its own limits (not an attempt).
 * Issue 17: NEUTRAL never loops: NEUTRAL results in a row per recipient, bounded per campaign.
 */
export class Migration20261210090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "call_attempt" add column "script_step" smallint null, add column "script_step_at" timestamptz null;`);
    this.addSql(`alter type "call_outcome" add value if not exists 'SWITCH_REFUSED';`);
    this.addSql(`alter table "campaign" add column "max_uncounted_attempts" smallint not null default 3;`);
    this.addSql(`alter table "campaign_recipient" add column "uncounted_in_a_row" smallint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call_attempt" drop column "script_step", drop column "script_step_at";`);
    this.addSql(`alter table "campaign" drop column "max_uncounted_attempts";`);
    this.addSql(`alter table "campaign_recipient" drop column "uncounted_in_a_row";`);
  }
}
