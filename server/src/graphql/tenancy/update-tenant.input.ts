import { Field, Float, InputType, Int } from 'type-graphql';
import type { UpdateTenantData } from '../../commands/tenant/tenant-data';

/** Changes only what is given; a cap sent as null is removed. */
@InputType()
export class UpdateTenantInput implements UpdateTenantData {
  @Field(() => String, { nullable: true, description: 'Unique, 1 to 100 characters' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Cap on concurrent calls, 1 to 100000; null removes the cap, absent leaves it' })
  maxConcurrentCalls?: number | null;

  @Field(() => Float, { nullable: true, description: 'Cap on new calls per second, 0.1 to 10000; null removes the cap, absent leaves it' })
  callsPerSecond?: number | null;

  @Field(() => Int, { nullable: true, description: 'Cap on campaigns dialing at once, 1 to 1000; null removes the cap, absent leaves it' })
  maxActiveCampaigns?: number | null;
}
