import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { decidePreview } from '../../commands/agent/decide-preview';
import { requirePrincipal, type Context } from '../context';

/** Preview mode: the agent sees the recipient (myCalls OFFERED) and dials or skips. */
@Resolver()
export class PreviewResolver {
  @Authorized(Permission.READ)
  @Mutation(() => Boolean, { description: 'Dial (true) or skip (false) the preview call offered to you; CONFLICT once dialed' })
  decidePreviewCall(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID) callId: string,
    @Arg('dial', () => Boolean) dial: boolean,
  ): Promise<boolean> {
    return decidePreview({ ...ctx, principal: requirePrincipal(ctx) }, callId, dial);
  }
}
