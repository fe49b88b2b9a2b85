import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 23: the answer script's progress on record (call-marks), so a new leader re-attaching
 * an answered call resumes its message where the old one was instead of cutting it.
 * Issue 22: SWITCH_REFUSED, an originate the switch refused for its own limits (not an attempt).
 */
export class Migration20261210090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "call_attempt" add column "script_step" smallint null, add column "script_step_at" timestamptz null;`);
    this.addSql(`alter type "call_outcome" add value if not exists 'SWITCH_REFUSED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call_attempt" drop column "script_step", drop column "script_step_at";`);
  }
}
