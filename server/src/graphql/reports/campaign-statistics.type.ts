import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportCampaign } from './report-campaign.type';
import { StatBucket } from './stat-bucket.type';

/** Statistics by campaign (Automated Dialing System's report), over all selected campaigns together. */
@ObjectType()
export class CampaignStatistics {
  @Field(() => [ReportCampaign]) campaigns!: ReportCampaign[];
  @Field(() => Int) recipients!: number;
  @Field(() => [StatBucket], { description: 'By recipient state, largest first; sums to 100%' }) byState!: StatBucket[];
  @Field(() => [StatBucket], { description: 'By the last call outcome, largest first; sums to 100%' }) byLastOutcome!: StatBucket[];
  @Field(() => [StatBucket], { description: 'By counted attempts made, ascending; sums to 100%' }) byAttempts!: StatBucket[];
  @Field(() => [StatBucket], { description: 'By tag, largest first; a recipient counts under each of its tags' }) byTag!: StatBucket[];
  @Field(() => Int, { description: 'Recipients without any tag' }) untagged!: number;
  @Field(() => Int, { description: 'Every call attempt, counted or not' }) attempts!: number;
  @Field(() => Int, { description: 'Attempts that were answered' }) answered!: number;
  @Field(() => Int, { description: 'Answered attempts dropped before reaching an agent' }) abandoned!: number;
  @Field(() => Float, { description: 'answered / attempts, percent' }) answeredPercent!: number;
  @Field(() => Float, { description: 'abandoned / answered, percent' }) abandonedPercent!: number;
  @Field(() => Float, { description: 'Mean billed seconds of answered attempts' }) averageTalkSeconds!: number;
  @Field(() => Int, { description: 'Billed seconds of answered attempts' }) totalTalkSeconds!: number;
}
