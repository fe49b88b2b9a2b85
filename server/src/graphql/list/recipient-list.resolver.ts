import { IsOptional, IsString, Length } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { deleteList } from '../../commands/list/delete-list';
import { saveList } from '../../commands/list/save-list';
import { loadOwned } from '../../commands/load-owned';
import { Contact } from '../../entities/contact.entity';
import { RecipientList } from '../../entities/recipient-list.entity';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { ContactConnection } from './contact.type';
import { RecipientListInput } from './recipient-list.input';
import { RecipientListNode } from './recipient-list.type';
import { COST } from '../limits/cost-model';

@ArgsType()
class ContactArgs extends PageArgs {
  @Field(() => ID) listId!: string;
  @Field(() => String, { nullable: true, description: 'Part of the name' }) @IsOptional() @IsString() @Length(1, 200) text?: string;
}

/** Reusable recipient lists: CRUD and their contacts. */
@Resolver(() => RecipientListNode)
export class RecipientListResolver {
  @Authorized(Permission.READ)
  @Query(() => [RecipientListNode], { description: "Your tenant's lists by name" })
  recipientLists(@Ctx() ctx: Context): Promise<RecipientList[]> {
    return ctx.em.find(RecipientList, { tenant: requirePrincipal(ctx).tenantId }, { orderBy: { name: 'asc' } });
  }

  @Authorized(Permission.READ)
  @Query(() => RecipientListNode)
  recipientList(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<RecipientList> {
    return loadOwned(ctx.em, RecipientList, 'Recipient list', id, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.READ)
  @Query(() => ContactConnection, { description: "A list's contacts in list order" })
  async contacts(@Ctx() ctx: Context, @Args(() => ContactArgs) args: ContactArgs): Promise<ContactConnection> {
    const list = await loadOwned(ctx.em, RecipientList, 'Recipient list', args.listId, requirePrincipal(ctx).tenantId);
    const after = args.after ? (decodeCursor(args.after, 2) as [string, string]) : null;
    const rows = await ctx.em.find(
      Contact,
      {
        list: list.id,
        ...(args.text ? { name: { $ilike: `%${args.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}),
        ...(after ? { $or: [{ position: { $gt: after[0] } }, { position: after[0], id: { $gt: after[1] } }] } : {}),
      },
      { orderBy: [{ position: 'asc' }, { id: 'asc' }], limit: args.first + 1 },
    );
    const nodes = rows.slice(0, args.first);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor([last.position, last.id]) : null } };
  }

  @FieldResolver(() => Int, { description: 'Contacts in the list', complexity: COST.count })
  contactCount(@Root() list: RecipientList, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.contactCount.load(list.id);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientListNode)
  createRecipientList(@Ctx() ctx: Context, @Arg('input', () => RecipientListInput) input: RecipientListInput): Promise<RecipientList> {
    return saveList({ ...ctx, principal: requirePrincipal(ctx) }, undefined, input);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => RecipientListNode, { description: 'Rename, enable/disable (ACTIVE/DISABLED), change the default region' })
  updateRecipientList(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecipientListInput) input: RecipientListInput,
  ): Promise<RecipientList> {
    return saveList({ ...ctx, principal: requirePrincipal(ctx) }, id, input);
  }

  @Authorized(Permission.RECIPIENTS_WRITE)
  @Mutation(() => Boolean, { description: 'Deletes the list and its contacts; campaigns keep what they copied' })
  deleteRecipientList(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteList({ ...ctx, principal: requirePrincipal(ctx) }, id);
  }
}
