import { Migration } from '@mikro-orm/migrations';

/**
 * Agent desk (issue 6): an agent's newest attempts first, so `myCurrentCall` finds the call in
 * hand with one index probe instead of scanning every attempt of the tenant.
 */
export class Migration20261122083000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index call_attempt_agent_idx on call_attempt (agent_id, created_at desc) where agent_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "call_attempt_agent_idx";`);
  }
}
