import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { NumberFormat } from '../../domain/numbers/number-format';
import {
  accountcodeProblem,
  callerIdNameProblem,
  callerIdNumberProblem,
  queueNameProblem,
  soundFileProblem,
} from '../../domain/telephony/switch-text';
import { KeyValueInput } from '../common/key-value.type';
import { IsName, IsRegion, Satisfies } from '../common/text-rules';
import { AmdSettingsInput } from './amd-settings.type';
import { BroadcastActionInput } from './broadcast-action.type';
import { CallDestinationInput } from './call-destination.type';
import { CausePolicyEntryInput } from './cause-policy-entry.type';
import type { CampaignSettingsData, CreateCampaignData, UpdateCampaignData } from '../../commands/campaign/campaign-settings-data';

/**
 * Every campaign setting, all optional: create fills the rest with defaults, update changes
 * only what is given (null clears a nullable setting). Ranges are the product's limits.
 */
@InputType()
export class CampaignSettingsInput implements CampaignSettingsData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;

  @Field(() => CampaignType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CampaignType))
  type?: CampaignType;

  @Field(() => DialingMode, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DialingMode))
  dialingMode?: DialingMode | null;

  @Field(() => ComplianceProfile, {
    nullable: true,
    description: "The rules this campaign dials under; null = the tenant's (settings.complianceProfile)",
  })
  @IsOptional()
  @IsIn(Object.values(ComplianceProfile))
  complianceProfile?: ComplianceProfile | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Satisfies(callerIdNameProblem)
  callerIdName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Satisfies(callerIdNumberProblem)
  callerIdNumber?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'gatewayIds must be gateway ids' })
  gatewayIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: "Names of the tenant's DNC lists this campaign honours (see dncLists); null = every list",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  dncLists?: string[] | null;

  @Field(() => Int, { nullable: true, description: '0 to 100' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  priority?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'calendarId must be a calendar id' })
  calendarId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Calls in flight at once, 1 to 10000; default 10' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxConcurrentCalls?: number;

  @Field(() => Int, { nullable: true, description: '0 to 10000' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  maxInternalCalls?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 10000' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  maxExternalCalls?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'New calls per second, 0.01 to 1000. Default: half of maxConcurrentCalls (at least 1), so the concurrency fills within about 2 s; a speed left at that default follows maxConcurrentCalls when it changes',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1000)
  callsPerSecond?: number;

  @Field(() => Int, { nullable: true, description: '1 to 100; never unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts?: number;

  @Field(() => Int, { nullable: true, description: '0 to 2592000 seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30 * 86400)
  retryWaitSeconds?: number;

  @Field(() => Int, { nullable: true, description: '1 to 20 NEUTRAL results in a row before the recipient FAILS (default 3)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  maxUncountedAttempts?: number;

  @Field(() => Int, { nullable: true, description: '5 to 300 seconds' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(300)
  ringTimeoutSeconds?: number;

  @Field(() => Int, { nullable: true, description: '0 to 3600 seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  minSuccessSeconds?: number;

  @Field(() => [CausePolicyEntryInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  causePolicy?: CausePolicyEntryInput[];

  @Field(() => Float, { nullable: true, description: '1 to 100 percent of recipients' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(100)
  completionThreshold?: number | null;

  @Field(() => [BroadcastActionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  broadcastActions?: BroadcastActionInput[];

  @Field(() => CallDestinationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  destination?: CallDestinationInput | null;

  @Field(() => [KeyValueInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  channelVariables?: KeyValueInput[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Put the recipient's fields on each call as channel variables pacer_f_<name>, and its id as pacer_recipient (default true)",
  })
  @IsOptional()
  @IsBoolean()
  sendRecipientFields?: boolean;

  @Field(() => AmdSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  amd?: AmdSettingsInput;

  @Field(() => Float, { nullable: true, description: '0 to 100 percent' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  abandonRateTarget?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Sound file path or URL played to an answer no agent took in time (safe-harbor / information message); null = the shipped pacer/safe-harbor.wav',
  })
  @IsOptional()
  @Satisfies(soundFileProblem)
  abandonMessage?: string | null;

  @Field(() => Int, { nullable: true, description: '0 to 3600 seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  wrapUpSeconds?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  waitForResult?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Satisfies(queueNameProblem)
  queueName?: string | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 10' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(10)
  queueMultiplier?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 region for numbers without a country code' })
  @IsOptional()
  @IsRegion()
  defaultRegion?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Billing code set on every call as the accountcode channel variable (letters, digits, _ . -, up to 64); null = the tenant's",
  })
  @IsOptional()
  @Satisfies(accountcodeProblem)
  accountcode?: string | null;

  @Field(() => NumberFormat, { nullable: true, description: 'Default E164; fixed once the campaign has recipients' })
  @IsOptional()
  @IsIn(Object.values(NumberFormat))
  numberFormat?: NumberFormat;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Templates only (else BAD_INPUT): a disabled template creates no campaign (cloneCampaign answers CONFLICT)',
  })
  @IsOptional()
  @IsBoolean()
  templateEnabled?: boolean;
}

@InputType()
export class CreateCampaignInput extends CampaignSettingsInput implements CreateCampaignData {
  @Field(() => String)
  @IsName(200)
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'A template is never dialed; campaigns are cloned from it' })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;
}

@InputType()
export class UpdateCampaignInput extends CampaignSettingsInput implements UpdateCampaignData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(200)
  name?: string;
}
