import { Migration } from '@mikro-orm/migrations';

/**
 * Attempt numbers from the recipient's own counter (issue 24): the claim raises
 * campaign_recipient.attempts_made and numbers the attempt with it in one statement, where it
 * used to count the recipient's attempts (count(*) + 1, which two racing claims could both
 * read). Existing data is made valid first: attempts are renumbered 1..n per recipient in the
 * order they were created (only rows whose number differs change, i.e. duplicates), the
 * counter starts at n, then one attempt per (recipient, number) is enforced by a unique index.
 */
export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign_recipient" add column "attempts_made" int not null default 0;`);
    this.addSql(`update "call_attempt" a set "attempt_number" = s.rn
      from (select id, row_number() over (partition by recipient_id order by created_at, id) as rn from "call_attempt") s
      where s.id = a.id and a."attempt_number" <> s.rn;`);
    this.addSql(`update "campaign_recipient" r set "attempts_made" = m.n
      from (select recipient_id, count(*)::int as n from "call_attempt" group by recipient_id) m
      where m.recipient_id = r.id;`);
    this.addSql(`alter table "call_attempt" add constraint "call_attempt_recipient_attempt_uq" unique ("recipient_id", "attempt_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call_attempt" drop constraint if exists "call_attempt_recipient_attempt_uq";`);
    this.addSql(`alter table "campaign_recipient" drop column if exists "attempts_made";`);
  }
}
