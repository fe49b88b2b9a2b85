import { Field, Float, Int, ObjectType } from 'type-graphql';

/** The ceilings the platform operator sets on a tenant's own limits (null: no cap). */
@ObjectType('TenantCaps', { description: "Set by the platform operator: the tenant's limits may be set only up to these; null = no cap" })
export class TenantCapsNode {
  @Field(() => Int, { nullable: true, description: 'Bounds maxTotalCalls, maxInternalCalls and maxExternalCalls' })
  maxConcurrentCalls!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bounds callsPerSecond' })
  callsPerSecond!: number | null;

  @Field(() => Int, { nullable: true, description: 'Bounds maxActiveCampaigns' })
  maxActiveCampaigns!: number | null;
}
