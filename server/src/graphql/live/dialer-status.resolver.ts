import { Authorized, Ctx, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { knownDialerStatus } from '../../dialer/dialer-registry';
import type { DialerStatusPayload } from '../../events/live-topics';
import { sharedTenantDialerFigures, tenantDialerFigures, type TenantDialerFigures } from '../../reports/tenant-dialer-figures';
import { requirePrincipal, type Context } from '../context';
import { DialerStatus } from './dialer-status.type';
import { MachineDetector } from './machine-detector.enum';
import { COST } from '../limits/cost-model';

/** The leader's own facts with the caller's tenant's figures (the heartbeat's are installation-wide). */
const toType = (p: DialerStatusPayload, mine: TenantDialerFigures): DialerStatus => ({
  node: p.node,
  leader: p.leader,
  switchUp: p.switchUp,
  amdDetectors: p.machineDetectors?.map((d) => (d === 'amd' ? MachineDetector.AMD : MachineDetector.AVMD)) ?? null,
  ...mine,
  at: new Date(p.at),
});

/** The dialer's state: which process leads, whether the switch is up, how busy the caller's tenant keeps it. */
@Resolver(() => DialerStatus)
export class DialerStatusResolver {
  @Authorized(Permission.READ)
  @Query(() => DialerStatus, { description: "The leading dialer as last reported, with your tenant's calls", complexity: COST.status })
  async dialerStatus(@Ctx() ctx: Context): Promise<DialerStatus> {
    const { tenantId } = requirePrincipal(ctx);
    return toType(knownDialerStatus(), await tenantDialerFigures(ctx.em, tenantId));
  }

  @Authorized(Permission.READ)
  @Subscription(() => DialerStatus, {
    name: 'dialerStatus',
    description: "Dialer status changes and a heartbeat about once a second from the leader, with your tenant's calls",
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) => context.bus.subscribe('DIALER_STATUS'),
  })
  async dialerStatusChanged(@Root() p: DialerStatusPayload, @Ctx() ctx: Context): Promise<DialerStatus> {
    const { tenantId } = requirePrincipal(ctx);
    return toType(p, await sharedTenantDialerFigures(ctx.em, tenantId));
  }
}
