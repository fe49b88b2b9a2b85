import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19: the run state machine. PACED and AT_LIMIT join the run states, a reason says
 * which limit holds a campaign, and a campaign that can no longer dial has no run state.
 * New campaigns and gateways dial at half their concurrency per second by default.
 */
export class Migration20261213160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "run_state" add value if not exists 'PACED';`);
    this.addSql(`alter type "run_state" add value if not exists 'AT_LIMIT';`);
    this.addSql(
      `create type "run_state_reason" as enum ('CAMPAIGN_SPEED', 'GATEWAY_SPEED', 'TENANT_SPEED', 'SWITCH_SPEED', 'CAMPAIGN_CALLS', 'CAMPAIGN_INTERNAL_CALLS', 'CAMPAIGN_EXTERNAL_CALLS', 'TENANT_CALLS', 'TENANT_INTERNAL_CALLS', 'TENANT_EXTERNAL_CALLS', 'ACTIVE_CAMPAIGNS', 'SWITCH_SESSIONS', 'GATEWAY_CALLS', 'SWITCH_LINK', 'GATEWAYS_DOWN');`,
    );
    this.addSql(`alter table "campaign" add column "run_state_reason" "run_state_reason" null;`);
    this.addSql(`alter table "campaign" alter column "run_state" drop default, alter column "run_state" drop not null;`);
    this.addSql(`update "campaign" set "run_state" = null where "status" not in ('SCHEDULED', 'RUNNING', 'PAUSED');`);
    this.addSql(`update "campaign" set "run_state" = 'IDLE' where "status" in ('SCHEDULED', 'PAUSED');`);
    this.addSql(`alter table "campaign" alter column "calls_per_second" set default 5;`);
    this.addSql(`alter table "gateway" alter column "calls_per_second" set default 15;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "gateway" alter column "calls_per_second" set default 5;`);
    this.addSql(`alter table "campaign" alter column "calls_per_second" set default 1;`);
    this.addSql(`update "campaign" set "run_state" = 'IDLE' where "run_state" is null;`);
    this.addSql(`alter table "campaign" alter column "run_state" set not null, alter column "run_state" set default 'IDLE';`);
    this.addSql(`alter table "campaign" drop column "run_state_reason";`);
    this.addSql(`drop type if exists "run_state_reason";`);
  }
}
