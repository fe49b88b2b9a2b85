import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { addContacts } from '../../commands/list/add-contacts';
import { attachList } from '../../commands/list/attach-list';
import { requirePrincipal, type Context } from '../context';
import { RecipientInput } from '../recipient/recipient.input';
import { DuplicatePolicy } from '../recipient/recipient-results.type';
import { AddContactsResult, AttachListResult } from './attach-list-result.type';

/** Filling lists by JSON and copying a list into a campaign. */
@Resolver()
export class ListActionsResolver {
  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => AddContactsResult, { description: 'Up to 10,000 contacts per call, all or nothing (the same body as addRecipients)' })
  addContacts(
    @Ctx() ctx: Context,
    @Arg('listId', () => ID) listId: string,
    @Arg('recipients', () => [RecipientInput]) recipients: RecipientInput[],
    @Arg('onDuplicate', () => DuplicatePolicy, { defaultValue: DuplicatePolicy.REJECT }) onDuplicate: DuplicatePolicy,
  ): Promise<AddContactsResult> {
    return addContacts({ ...ctx, principal: requirePrincipal(ctx) }, listId, recipients, onDuplicate);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => AttachListResult, { description: "Copies an ACTIVE list's contacts into the campaign as recipients, in list order" })
  attachList(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('listId', () => ID) listId: string,
    @Arg('onDuplicate', () => DuplicatePolicy, { defaultValue: DuplicatePolicy.SKIP }) onDuplicate: DuplicatePolicy,
  ): Promise<AttachListResult> {
    return attachList({ ...ctx, principal: requirePrincipal(ctx) }, campaignId, listId, onDuplicate);
  }
}
