import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { addDncNumbers, type AddDncNumbersResult } from '../../commands/settings/add-dnc-numbers';
import { removeDncEntry, removeDncNumbers } from '../../commands/settings/remove-dnc-entries';
import { tenantDncLists, type DncListSummary } from '../../commands/settings/dnc-lists';
import { DncEntry } from '../../entities/dnc-entry.entity';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { AddDncNumbersPayload } from './add-dnc-numbers-payload.type';
import { DncEntryConnection } from './dnc-entry-connection.type';
import { DncEntryNode } from './dnc-entry.type';
import { DncListNode } from './dnc-list.type';
import { isDnc } from './is-dnc';
import { AddDncNumbersInput, DncFilterInput, IsDncArgs, RemoveDncNumbersArgs } from './dnc.input';
import { listDncEntries } from './list-dnc-entries';

/** Do-not-call lists: numbers the dialer never calls. */
@Resolver(() => DncEntryNode)
export class DncResolver {
  @Authorized(Permission.READ)
  @Query(() => DncEntryConnection, { description: 'DNC entries of your tenant, newest first' })
  dncEntries(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DncFilterInput, { nullable: true }) filter?: DncFilterInput,
  ): Promise<DncEntryConnection> {
    return listDncEntries(ctx.em, requirePrincipal(ctx).tenantId, filter ?? {}, page);
  }

  @Authorized(Permission.READ)
  @Query(() => [DncListNode], { description: "Your tenant's DNC lists by name; 'default' is always there" })
  dncLists(@Ctx() ctx: Context): Promise<DncListSummary[]> {
    return tenantDncLists(ctx.em, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.READ)
  @Query(() => DncEntryNode, { description: 'NOT_FOUND when it does not exist in your tenant' })
  dncEntry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DncEntry> {
    return loadOwned(ctx.em, DncEntry, 'DNC entry', id, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.READ)
  @Query(() => Boolean, { description: 'True when the number is on a DNC list (expired entries do not count)' })
  isDnc(@Ctx() ctx: Context, @Args(() => IsDncArgs) { number, listName }: IsDncArgs): Promise<boolean> {
    return isDnc(ctx.em, requirePrincipal(ctx).tenantId, number, listName);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => AddDncNumbersPayload, { description: 'All or nothing: one unreadable number (named by index) fails the call' })
  addDncNumbers(@Ctx() ctx: Context, @Arg('input', () => AddDncNumbersInput) input: AddDncNumbersInput): Promise<AddDncNumbersResult> {
    return addDncNumbers({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => DncEntryNode, { description: 'The number may be dialed again at once' })
  removeDncEntry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DncEntry> {
    return removeDncEntry({ ...ctx, principal: requirePrincipal(ctx) }, id);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => Int, { description: 'Takes numbers off one list; returns how many were on it' })
  removeDncNumbers(@Ctx() ctx: Context, @Args(() => RemoveDncNumbersArgs) { numbers, listName }: RemoveDncNumbersArgs): Promise<number> {
    return removeDncNumbers({ ...ctx, principal: requirePrincipal(ctx) }, numbers, listName);
  }
}
