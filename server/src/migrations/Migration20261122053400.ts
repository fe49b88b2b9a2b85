import { Migration } from '@mikro-orm/migrations';

/**
 * Reports (issue 7): answered-call totals (answered, abandoned, talk time) of a campaign by an
 * index-only scan over its answered attempts alone, instead of reading every attempt row.
 */
export class Migration20261122053400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index call_attempt_answered_idx on call_attempt (campaign_id) include (bill_seconds, abandoned) where answered_at is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "call_attempt_answered_idx";`);
  }
}
