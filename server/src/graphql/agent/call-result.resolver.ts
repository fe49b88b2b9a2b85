import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { reportCallResult } from '../../commands/agent/report-call-result';
import type { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { requirePrincipal, type Context } from '../context';
import { RecipientNode } from '../recipient/recipient.type';
import { CallResultInput } from './call-result.input';

/** The result API: what came of a call, from its agent or an integrator's CRM. */
@Resolver()
export class CallResultResolver {
  @Authorized(Permission.RESULTS_WRITE)
  @Mutation(() => RecipientNode, {
    description: 'Reports the result of a call (agents: only their own); returns the recipient as it now stands',
  })
  reportCallResult(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID) callId: string,
    @Arg('result', () => CallResultInput) result: CallResultInput,
  ): Promise<CampaignRecipient> {
    return reportCallResult({ ...ctx, principal: requirePrincipal(ctx) }, callId, result);
  }
}
