import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { Field, Float, InputType, Int } from 'type-graphql';
import type { UpdateTenantSettingsData } from '../../commands/settings/tenant-settings-data';
import { accountcodeProblem } from '../../domain/telephony/switch-text';
import { IsLinearRegExp, IsRegion, Satisfies } from '../common/text-rules';

/** Changes only what is given. The pattern and region are checked further by the command. */
@InputType()
export class UpdateTenantSettingsInput implements UpdateTenantSettingsData {
  @Field(() => Int, { nullable: true, description: '1 to 1000' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxActiveCampaigns?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 100000' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  maxTotalCalls?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 100000; internal + external may sum above total, total still caps' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  maxInternalCalls?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 100000' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  maxExternalCalls?: number | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 10000' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(10000)
  callsPerSecond?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Regular expression in RE2 syntax (no backreferences or lookaround), e.g. ^\\d{3,5}$ (the default: 3- to 5-digit extensions)',
  })
  @IsOptional()
  @IsLinearRegExp()
  internalNumberPattern?: string | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 10' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(10)
  queueMultiplier?: number | null;

  @Field(() => ComplianceProfile, { nullable: true, description: 'The rules campaigns dial under unless they name their own' })
  @IsOptional()
  @IsIn(Object.values(ComplianceProfile))
  complianceProfile?: ComplianceProfile | null;

  @Field(() => String, { nullable: true, description: 'Two-letter ISO 3166 region, e.g. US' })
  @IsOptional()
  @IsRegion()
  defaultRegion?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Billing code of calls whose campaign has none (letters, digits, _ . -, up to 64); "" clears it',
  })
  @IsOptional()
  @Satisfies((v: string) => (v === '' ? undefined : accountcodeProblem(v)))
  accountcode?: string | null;
}
