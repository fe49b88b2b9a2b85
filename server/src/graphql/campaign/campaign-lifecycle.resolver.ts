import { Min, Max, IsInt, IsOptional, IsDate } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { changeCampaignStatus } from '../../commands/campaign/change-campaign-status';
import { knownDialerStatus } from '../../dialer/dialer-registry';
import { CampaignAction } from '../../domain/campaign/campaign-transitions';
import type { Campaign } from '../../entities/campaign.entity';
import { requirePrincipal, type Context } from '../context';
import { badInput } from '../../errors/app-error';
import { CampaignNode } from './campaign.type';

@ArgsType()
class StartArgs {
  @Field(() => ID) id!: string;

  @Field(() => Date, { nullable: true, description: 'Start at this time (SCHEDULED until then)' })
  @IsOptional()
  @IsDate()
  at?: Date;

  @Field(() => Int, { nullable: true, description: 'Start after this many seconds (1 s to 30 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30 * 86400)
  delaySeconds?: number;
}

/** The lifecycle buttons. Each is one move of the state machine; a refused move is CONFLICT. */
@Resolver(() => CampaignNode)
export class CampaignLifecycleResolver {
  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, { description: 'Start now, or at `at`, or after `delaySeconds`' })
  startCampaign(@Ctx() ctx: Context, @Args(() => StartArgs) { id, at, delaySeconds }: StartArgs): Promise<Campaign> {
    if (at && delaySeconds) throw badInput('delaySeconds', 'give either at or delaySeconds, not both');
    const when = at ?? (delaySeconds ? new Date(Date.now() + delaySeconds * 1000) : undefined);
    return this.move(ctx, id, when ? CampaignAction.SCHEDULE : CampaignAction.START, when);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, {
    description: "No new calls; calls in progress continue. The platform operator may pause any tenant's campaign",
  })
  pauseCampaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Campaign> {
    return this.move(ctx, id, CampaignAction.PAUSE);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode)
  resumeCampaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Campaign> {
    return this.move(ctx, id, CampaignAction.RESUME);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, {
    description:
      "Stops dialing (restartable). Calls in progress end normally and each recipient gets the state its call gives it; hangUpCalls: true ends them now. The platform operator may cancel any tenant's campaign",
  })
  cancelCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('hangUpCalls', () => Boolean, { nullable: true, description: 'Hang up the calls in progress (default false: let them finish)' })
    hangUpCalls?: boolean,
  ): Promise<Campaign> {
    return this.move(ctx, id, CampaignAction.CANCEL, undefined, hangUpCalls ?? false);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, { description: 'A CANCELLED campaign dials again' })
  restartCampaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Campaign> {
    return this.move(ctx, id, CampaignAction.RESTART);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, {
    description:
      'Closes an INCOMPLETE, COMPLETED or CANCELLED campaign for good; calls still in progress finish unless hangUpCalls is true',
  })
  terminateCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('hangUpCalls', () => Boolean, { nullable: true, description: 'Hang up the calls still in progress (default false)' })
    hangUpCalls?: boolean,
  ): Promise<Campaign> {
    return this.move(ctx, id, CampaignAction.TERMINATE, undefined, hangUpCalls ?? false);
  }

  private move(ctx: Context, id: string, action: CampaignAction, at?: Date, hangUpCalls = false): Promise<Campaign> {
    const { machineDetectors } = knownDialerStatus();
    return changeCampaignStatus({ ...ctx, principal: requirePrincipal(ctx) }, id, action, { at, machineDetectors, hangUpCalls });
  }
}
