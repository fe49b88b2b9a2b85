import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportCampaign } from './report-campaign.type';
import { StatBucket } from './stat-bucket.type';

/**
 * Statistics by campaign (Automated Dialing System's report), over all selected campaigns
 * together, from the campaigns' tallies; each figure's meaning is recipient-figures.ts's.
 */
@ObjectType()
export class CampaignStatistics {
  @Field(() => [ReportCampaign]) campaigns!: ReportCampaign[];
  @Field(() => Int) recipients!: number;
  @Field(() => Int, {
    description: 'Recipients in a final state (CONTACTED, FAILED, STOPPED, EXPIRED, DNC): never dialed again without a person',
  })
  finalRecipients!: number;
  @Field(() => Int, {
    description: 'Recipients in an open state (READY, DIALING, IN_CALL, RETRY_WAIT, WAITING_AGENT, SCHEDULED): a call in progress is open',
  })
  openRecipients!: number;
  @Field(() => [StatBucket], { description: 'By recipient state, final and open ones alike, largest first; sums to 100%' })
  byState!: StatBucket[];
  @Field(() => [StatBucket], { description: 'By the last call outcome, largest first; sums to 100%' }) byLastOutcome!: StatBucket[];
  @Field(() => [StatBucket], {
    description: "Recipients by their counted attempts (the detailed report's attempts), ascending; sums to 100%",
  })
  byAttempts!: StatBucket[];
  @Field(() => [StatBucket], { description: 'By tag, largest first; a recipient counts under each of its tags' }) byTag!: StatBucket[];
  @Field(() => Int, { description: 'Recipients without any tag' }) untagged!: number;
  @Field(() => Int, {
    description:
      "Sum of the recipients' counted attempts: those that count against maxAttempts (a NEUTRAL call, or one lost in a crash, does not)",
  })
  countedAttempts!: number;
  @Field(() => Int, { description: 'Every call placed, counted or not, ended or still in progress (callsPlaced >= countedAttempts)' })
  callsPlaced!: number;
  @Field(() => Int, {
    description: 'Every call placed, counted or not',
    deprecationReason: 'Use callsPlaced (same figure) or countedAttempts',
  })
  attempts!: number;
  @Field(() => Int, { description: 'Calls placed that were answered' }) answered!: number;
  @Field(() => Int, { description: 'Answered calls dropped before reaching an agent' }) abandoned!: number;
  @Field(() => Float, { description: 'answered / callsPlaced, percent' }) answeredPercent!: number;
  @Field(() => Float, { description: 'abandoned / answered, percent' }) abandonedPercent!: number;
  @Field(() => Float, { description: 'Mean billed seconds of answered attempts' }) averageTalkSeconds!: number;
  @Field(() => Int, { description: 'Billed seconds of answered attempts' }) totalTalkSeconds!: number;
}
