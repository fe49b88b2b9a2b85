import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DuplicatePolicy } from '../../domain/recipient/duplicate-policy';
import type { Campaign } from '../../entities/campaign.entity';
import { CampaignNode } from '../campaign/campaign.type';

// Kept in domain/ so the import's worker threads can use it without loading GraphQL or the ORM.
export { DuplicatePolicy };
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
