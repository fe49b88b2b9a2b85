import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { addRecipients } from '../../commands/recipient/add-recipients';
import { changeRecipients, type RecipientUserAction } from '../../commands/recipient/change-recipients';
import { deleteAllRecipients } from '../../commands/recipient/delete-all-recipients';
import { purgePending } from '../../commands/recipient/purge-pending';
import { RecipientAction } from '../../domain/recipient/recipient-transitions';
import { requirePrincipal, type Context } from '../context';
import { badInput } from '../../errors/app-error';
import { RecipientInput } from './recipient.input';
import { AddRecipientsResult, DuplicatePolicy, RecipientActionResult } from './recipient-results.type';

/** Writing recipients: add by API, stop, reactivate, add attempts, purge, delete all. */
@Resolver()
export class RecipientActionsResolver {
  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => AddRecipientsResult, { description: 'Up to 10,000 per call, all or nothing. autoRun starts (or reopens) the campaign.' })
  addRecipients(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('recipients', () => [RecipientInput]) recipients: RecipientInput[],
    @Arg('autoRun', () => Boolean, { defaultValue: false }) autoRun: boolean,
    @Arg('onDuplicate', () => DuplicatePolicy, { defaultValue: DuplicatePolicy.REJECT }) onDuplicate: DuplicatePolicy,
  ): Promise<AddRecipientsResult> {
    return addRecipients({ ...ctx, principal: requirePrincipal(ctx) }, campaignId, recipients, { autoRun, onDuplicate });
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientActionResult, { description: 'No more attempts for these waiting recipients' })
  stopRecipients(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<RecipientActionResult> {
    return this.change(ctx, campaignId, RecipientAction.STOP, ids, false);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientActionResult, { description: 'CONTACTED or STOPPED recipients are dialed again' })
  reactivateRecipients(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<RecipientActionResult> {
    return this.change(ctx, campaignId, RecipientAction.REACTIVATE, ids, false);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientActionResult, {
    description: 'FAILED recipients (these ids, or all) get more attempts; a finished campaign runs again',
  })
  addAttempts(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | undefined,
    @Arg('allFailed', () => Boolean, { defaultValue: false }) allFailed: boolean,
    @Arg('attempts', () => Int, { defaultValue: 1, description: '1 to 100' }) attempts: number,
  ): Promise<RecipientActionResult> {
    if (attempts < 1 || attempts > 100) throw badInput('attempts', 'must be between 1 and 100');
    return this.change(ctx, campaignId, RecipientAction.ADD_ATTEMPTS, ids, allFailed, attempts);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientActionResult, { description: 'Removes waiting recipients never called; stops those with call history' })
  purgePendingRecipients(@Ctx() ctx: Context, @Arg('campaignId', () => ID) campaignId: string): Promise<RecipientActionResult> {
    return purgePending({ ...ctx, principal: requirePrincipal(ctx) }, campaignId);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientActionResult, { description: 'Deletes every recipient (not while SCHEDULED, RUNNING or PAUSED)' })
  deleteAllRecipients(@Ctx() ctx: Context, @Arg('campaignId', () => ID) campaignId: string): Promise<RecipientActionResult> {
    return deleteAllRecipients({ ...ctx, principal: requirePrincipal(ctx) }, campaignId);
  }

  private change(
    ctx: Context,
    campaignId: string,
    action: RecipientUserAction,
    ids: string[] | undefined,
    all: boolean,
    extra = 1,
  ): Promise<RecipientActionResult> {
    if (ids && ids.length > 10_000) throw badInput('ids', 'at most 10,000 per call');
    return changeRecipients({ ...ctx, principal: requirePrincipal(ctx) }, campaignId, action, { ids: all ? undefined : ids, all }, extra);
  }
}
