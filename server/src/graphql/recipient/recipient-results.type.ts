import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Campaign } from '../../entities/campaign.entity';
import { CampaignNode } from '../campaign/campaign.type';

export enum DuplicatePolicy {
  /** Any number already in the campaign (or twice in the batch) rejects the whole batch. */
  REJECT = 'REJECT',
  /** Recipients with such a number are skipped and counted. */
  SKIP = 'SKIP',
}
registerEnumType(DuplicatePolicy, { name: 'DuplicatePolicy', description: 'What to do with a number the campaign already has' });

@ObjectType()
export class AddRecipientsResult {
  @Field(() => Int) added!: number;
  @Field(() => Int, { description: 'Skipped as duplicates (DuplicatePolicy.SKIP)' }) skipped!: number;
  @Field(() => CampaignNode) campaign!: Campaign;
}

/** How many recipients a bulk action changed (those in another state are left as they are). */
@ObjectType()
export class RecipientActionResult {
  @Field(() => Int) affected!: number;
  @Field(() => CampaignNode) campaign!: Campaign;
}
