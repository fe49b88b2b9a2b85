import { Field, ID, ObjectType } from 'type-graphql';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { RunState, RunStateReason } from '../../domain/campaign/run-state';

/** A live notice that a campaign changed; fetch `campaign(id)` for the full picture. */
@ObjectType()
export class CampaignChange {
  @Field(() => ID) campaignId!: string;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => RunState, { nullable: true, description: 'Null once the campaign cannot dial (not SCHEDULED, RUNNING or PAUSED)' })
  runState!: RunState | null;
  @Field(() => RunStateReason, { nullable: true }) runStateReason!: RunStateReason | null;
  @Field(() => String) action!: string;
  @Field(() => Date) at!: Date;
}
