import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CallAttempt } from '../../entities/call-attempt.entity';
import type { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import type { Context } from '../context';
import { RecipientNode } from '../recipient/recipient.type';
import { CallAttemptNode } from './call-attempt.type';

/** Per-recipient history: every attempt, oldest first. The recipient was already tenant-checked by its query. */
@Resolver(() => RecipientNode)
export class RecipientAttemptsResolver {
  @FieldResolver(() => [CallAttemptNode], { description: 'Every call attempt, oldest first, with its timestamps and cause' })
  callAttempts(@Root() r: CampaignRecipient, @Ctx() ctx: Context): Promise<CallAttempt[]> {
    return ctx.loaders.recipientAttempts.load(r.id);
  }
}
