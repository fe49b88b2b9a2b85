import { Migration } from '@mikro-orm/migrations';

/**
 * Agents (issue 6): the pacer and the wallboard read a campaign's agents and a tenant's agents
 * by state once a second; without these they scan every assignment and every agent.
 */
export class Migration20261122091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "agent_assignment_campaign_idx" on "agent_assignment" ("campaign_id");`);
    this.addSql(`create index "agent_tenant_state_idx" on "agent" ("tenant_id", "state");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "agent_assignment_campaign_idx";`);
    this.addSql(`drop index if exists "agent_tenant_state_idx";`);
  }
}
