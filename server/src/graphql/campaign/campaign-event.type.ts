import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { ActorKind } from '../../entities/campaign-event.entity';
import { PageInfo } from '../common/page-info.type';

/** One line of a campaign's history: who did what, when, from which state to which. */
@ObjectType('CampaignEvent')
export class CampaignEventNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ActorKind) actorKind!: ActorKind;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => String, { description: "User's email, key name, or 'dialer'" }) actorLabel!: string;
  @Field(() => String) action!: string;
  @Field(() => CampaignStatus, { nullable: true }) fromStatus?: CampaignStatus;
  @Field(() => CampaignStatus, { nullable: true }) toStatus?: CampaignStatus;
  @Field(() => GraphQLJSONObject) details!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Full configuration at each start' }) configSnapshot?: Record<
    string,
    unknown
  >;
}

@ObjectType()
export class CampaignEventConnection {
  @Field(() => [CampaignEventNode]) nodes!: CampaignEventNode[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
