import { Field, Int, ObjectType } from 'type-graphql';

/** What a tenant uses now, for the operator's list (one grouped query for all tenants shown). */
@ObjectType('TenantUsage')
export class TenantUsageNode {
  @Field(() => Int, { description: 'Calls in progress now (placed and not yet ended)' })
  liveCalls!: number;

  @Field(() => Int, { description: 'Campaigns with status RUNNING' })
  runningCampaigns!: number;

  @Field(() => Int, { description: 'Call attempts started (placed) since 00:00 UTC today, whatever their outcome' })
  callsToday!: number;
}
