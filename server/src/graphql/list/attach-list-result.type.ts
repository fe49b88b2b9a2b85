import { Field, Int, ObjectType } from 'type-graphql';
import type { Campaign } from '../../entities/campaign.entity';
import { CampaignNode } from '../campaign/campaign.type';

@ObjectType()
export class AttachListResult {
  @Field(() => Int, { description: 'Contacts copied into the campaign as recipients' }) added!: number;
  @Field(() => Int, { description: 'Contacts skipped because a number was already in the campaign (or earlier in the list)' })
  skipped!: number;
  @Field(() => CampaignNode) campaign!: Campaign;
}

@ObjectType()
export class AddContactsResult {
  @Field(() => Int) added!: number;
  @Field(() => Int) skipped!: number;
}
