import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: rate-limit counters and login lockouts (rate-limiter-flexible's PostgreSQL layout),
 * shared by every process and kept across restarts.
 */
export class Migration20261211160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }
}
