import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';

/** The tenant's global limits; every campaign's own limits apply inside these. */
@ObjectType('TenantSettings')
export class TenantSettingsNode {
  @Field(() => Int, { description: 'Campaigns dialing at the same time' }) maxActiveCampaigns!: number;
  @Field(() => Int, { description: 'Concurrent calls of all campaigns' }) maxTotalCalls!: number;
  @Field(() => Int, { description: 'Concurrent calls to internal numbers' }) maxInternalCalls!: number;
  @Field(() => Int, { description: 'Concurrent calls to external numbers' }) maxExternalCalls!: number;
  @Field(() => Float, { description: 'New calls per second, all campaigns together' }) callsPerSecond!: number;
  @Field(() => String, { description: 'Regular expression: matching numbers count as internal calls' }) internalNumberPattern!: string;
  @Field(() => Float, { description: 'Queue-watch: calls = free agents in the queue x this' }) queueMultiplier!: number;
  @Field(() => String, { description: 'ISO 3166 region for numbers written without a country code' }) defaultRegion!: string;
  @Field(() => ComplianceProfile, { description: 'The rules every campaign dials under unless it names its own' })
  complianceProfile!: ComplianceProfile;
  @Field(() => String, { nullable: true, description: 'Billing code of calls whose campaign has none (the accountcode channel variable)' })
  accountcode?: string;
  @Field(() => Date) updatedAt!: Date;
}
