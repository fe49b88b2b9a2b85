import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { createUser } from '../../commands/settings/create-user';
import { resetUserPassword } from '../../commands/settings/reset-user-password';
import { updateUser } from '../../commands/settings/update-user';
import { User } from '../../entities/user.entity';
import { requirePrincipal, type Context } from '../context';
import { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './user.input';
import { UserNode } from './user.type';

/** People who sign in to the tenant; admins only. */
@Resolver(() => UserNode)
export class UserResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => [UserNode], { description: 'Users of your tenant, by email' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.em.find(User, { tenant: requirePrincipal(ctx).tenantId }, { orderBy: { email: 'asc' } });
  }

  @Authorized(Permission.ADMIN)
  @Query(() => UserNode, { description: 'NOT_FOUND when it does not exist in your tenant' })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return loadOwned(ctx.em, User, 'User', id, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UserNode, { description: 'CONFLICT when the email is already in use' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return createUser({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UserNode, { description: 'CONFLICT when it would disable or demote yourself or the last admin' })
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<User> {
    return updateUser({ ...ctx, principal: requirePrincipal(ctx) }, id, input);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UserNode, { description: "Sets a new password and ends the user's other sessions" })
  resetUserPassword(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ): Promise<User> {
    return resetUserPassword({ ...ctx, principal: requirePrincipal(ctx) }, id, input.password);
  }
}
