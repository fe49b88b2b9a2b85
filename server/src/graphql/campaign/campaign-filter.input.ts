import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CampaignStatus } from '../../domain/campaign/campaign-status';

/** The Automated Dialing System's filters: status, started after, ended before, plus text. */
@InputType()
export class CampaignFilterInput {
  @Field(() => [CampaignStatus], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CampaignStatus), { each: true })
  status?: CampaignStatus[];

  @Field(() => Date, { nullable: true, description: 'Started at or after' })
  @IsOptional()
  @IsDate()
  startedAfter?: Date;

  @Field(() => Date, { nullable: true, description: 'Ended at or before' })
  @IsOptional()
  @IsDate()
  endedBefore?: Date;

  @Field(() => String, { nullable: true, description: 'Matches the name or description' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string;

  @Field(() => String, {
    nullable: true,
    description: "Calls carry this billing code: the campaign's own, or the tenant's when it has none",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  accountcode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only templates; false (default): only campaigns' })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Campaigns of these tenants (the platform operator's view over every tenant); anyone else may name only their own tenant (else FORBIDDEN). Without it: your own tenant",
  })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  tenantIds?: string[];
}
