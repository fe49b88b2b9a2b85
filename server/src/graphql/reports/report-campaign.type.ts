import { Field, ID, ObjectType } from 'type-graphql';
import { CampaignStatus } from '../../domain/campaign/campaign-status';

/** A campaign a report covers, as it is now (deleted ones included: their history stays). */
@ObjectType()
export class ReportCampaign {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => Date, { nullable: true }) startedAt?: Date;
  @Field(() => Date, { nullable: true }) endedAt?: Date;
  @Field(() => Date, { nullable: true }) deletedAt?: Date;
}
