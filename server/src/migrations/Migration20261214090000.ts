import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: where an answered call went (its extension's second leg, IVR stage, queue stage) is
 * kept on the open attempt as it happens, so a new leader that re-attaches the call after a
 * takeover judges its end by its destination (IN_*, IVR_*, QUEUE_*), not as plain ANSWERED.
 */
export class Migration20261214090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "call_attempt" add column "destination_stage" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call_attempt" drop column "destination_stage";`);
  }
}
