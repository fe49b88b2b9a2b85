import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { NumberFormat } from '../../domain/numbers/number-format';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { RunState, RunStateReason } from '../../domain/campaign/run-state';
import { AmdSettingsType } from './amd-settings.type';
import { BroadcastActionType } from './broadcast-action.type';
import { CallDestinationType } from './call-destination.type';

/**
 * A campaign as the API shows it. Fields whose storage differs from their shape (gateways,
 * calendar, cause policy, variables, counters) are resolved in campaign-fields.resolver.ts.
 */
@ObjectType('Campaign')
export class CampaignNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => CampaignType) type!: CampaignType;
  @Field(() => DialingMode, { nullable: true }) dialingMode?: DialingMode;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => RunState, {
    nullable: true,
    description: 'Why it is or is not dialing right now; IDLE while SCHEDULED or PAUSED, null in every other status',
  })
  runState!: RunState | null;
  @Field(() => RunStateReason, { nullable: true, description: 'Which limit holds it while PACED, AT_LIMIT, BLOCKED or SWITCH_DOWN' })
  runStateReason!: RunStateReason | null;
  @Field(() => Boolean) isTemplate!: boolean;
  @Field(() => Boolean, { description: 'Templates: whether campaigns may be created from it (always true on a campaign)' })
  templateEnabled!: boolean;
  @Field(() => ComplianceProfile, { nullable: true, description: "Its own compliance profile; null = the tenant's" })
  complianceProfile?: ComplianceProfile;
  @Field(() => String) callerIdName!: string;
  @Field(() => String) callerIdNumber!: string;
  @Field(() => Int, { description: 'Higher is dialed first' }) priority!: number;
  @Field(() => Int, { description: 'Calls in flight at once, at most' }) maxConcurrentCalls!: number;
  @Field(() => Int, { nullable: true }) maxInternalCalls?: number;
  @Field(() => Int, { nullable: true }) maxExternalCalls?: number;
  @Field(() => Float, {
    description:
      'New calls per second, at most. Defaults to half of maxConcurrentCalls (at least 1) so the concurrency fills within about 2 s, and follows maxConcurrentCalls while left at that default',
  })
  callsPerSecond!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => Int) retryWaitSeconds!: number;
  @Field(() => Int, {
    description:
      'Results that count as no attempt (NEUTRAL in the cause policy) a recipient may have in a row; each waits retryWaitSeconds, and the last one FAILS the recipient',
  })
  maxUncountedAttempts!: number;
  @Field(() => Boolean, {
    description:
      "Each call carries the recipient's fields as channel variables pacer_f_<name> and its id as pacer_recipient (README: Recipient fields on the call)",
  })
  sendRecipientFields!: boolean;
  @Field(() => Int) ringTimeoutSeconds!: number;
  @Field(() => Int) minSuccessSeconds!: number;
  @Field(() => Float, { nullable: true, description: 'Percent of recipients reached that completes the campaign' })
  completionThreshold?: number;
  @Field(() => [BroadcastActionType]) broadcastActions!: BroadcastActionType[];
  @Field(() => CallDestinationType, { nullable: true }) destination?: CallDestinationType;
  @Field(() => AmdSettingsType) amd!: AmdSettingsType;
  @Field(() => Float, { description: 'Predictive: abandon-rate target in percent' }) abandonRateTarget!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Agent campaigns: the safe-harbor (US_TSR) or information (UK_OFCOM) message played to an answer no agent took in time; null = the shipped pacer/safe-harbor.wav',
  })
  abandonMessage?: string;
  @Field(() => Int) wrapUpSeconds!: number;
  @Field(() => Boolean) waitForResult!: boolean;
  @Field(() => String, { nullable: true }) queueName?: string;
  @Field(() => Float, { nullable: true }) queueMultiplier?: number;
  @Field(() => String, { nullable: true }) defaultRegion?: string;
  @Field(() => [String], { nullable: true, description: 'The DNC lists it honours, by name; null = every list of the tenant' })
  dncLists?: string[];
  @Field(() => NumberFormat) numberFormat!: NumberFormat;
  @Field(() => String, { nullable: true, description: "Its own billing code; null = the tenant's (calls carry it as accountcode)" })
  accountcode?: string;
  @Field(() => Date, { nullable: true }) scheduledAt?: Date;
  @Field(() => Date, { nullable: true }) startedAt?: Date;
  @Field(() => Date, { nullable: true }) endedAt?: Date;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}
