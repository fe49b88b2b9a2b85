import { ArrayMaxSize, IsOptional } from 'class-validator';
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
}
