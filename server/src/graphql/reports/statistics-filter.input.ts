import { ArrayMaxSize, IsOptional, IsString, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which campaigns of the caller to report on; parts combine with AND. Empty = all.' })
export class StatisticsFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  campaignIds?: string[];

  @Field(() => Date, { nullable: true, description: 'Campaigns started at or after' })
  startedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Campaigns started before' })
  startedTo?: Date;

  @Field(() => String, {
    nullable: true,
    description: "Campaigns whose calls carry this billing code (their own, or the tenant's when they have none)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  accountcode?: string;
}
