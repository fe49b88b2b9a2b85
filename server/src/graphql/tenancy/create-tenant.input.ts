import { Field, Float, InputType, Int } from 'type-graphql';
import type { CreateTenantData } from '../../commands/tenant/tenant-data';

/** A new tenant and its first admin; the command checks every value (BAD_USER_INPUT naming the field). */
@InputType()
export class CreateTenantInput implements CreateTenantData {
  @Field(() => String, { description: 'Unique, 1 to 100 characters' })
  name!: string;

  @Field(() => String, { description: "The tenant's first ADMIN; unique across the platform" })
  adminEmail!: string;

  @Field(() => String, { nullable: true, description: 'At least 8 characters; absent: generated and returned once in the payload' })
  adminPassword?: string | null;

  @Field(() => Int, { nullable: true, description: 'Cap on concurrent calls, 1 to 100000; absent or null: no cap' })
  maxConcurrentCalls?: number | null;

  @Field(() => Float, { nullable: true, description: 'Cap on new calls per second, 0.1 to 10000; absent or null: no cap' })
  callsPerSecond?: number | null;

  @Field(() => Int, { nullable: true, description: 'Cap on campaigns dialing at once, 1 to 1000; absent or null: no cap' })
  maxActiveCampaigns?: number | null;
}
