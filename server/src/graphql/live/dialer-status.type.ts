import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MachineDetector } from './machine-detector.enum';

/**
 * The dialer as the leading process reports it (node, leader, switch), with the caller's own
 * tenant's calls and campaigns: one tenant never sees another's load.
 */
@ObjectType()
export class DialerStatus {
  @Field(() => String, { description: 'host:pid of the leading dialer process ("none" when no dialer leads)' }) node!: string;
  @Field(() => Boolean, { description: 'True when a dialer leads (the one process that dials)' }) leader!: boolean;
  @Field(() => Boolean, { description: 'True when the leading dialer is connected to the switch' }) switchUp!: boolean;
  @Field(() => Int, { description: "Your tenant's calls the switch has accepted and that have not ended" }) activeCalls!: number;
  @Field(() => Int, {
    description: "Your tenant's calls the dialer has claimed that the switch has not accepted yet (Pacer's originate queue)",
  })
  queuedCalls!: number;
  @Field(() => Float, { description: 'Seconds the oldest queued call has waited for the switch; 0 when none waits' })
  oldestQueuedSeconds!: number;
  @Field(() => Int, { description: "Your tenant's RUNNING campaigns" }) runningCampaigns!: number;
  @Field(() => Float, { description: "Your tenant's calls accepted by the switch per second over the last ten seconds" })
  callsPerSecond!: number;
  @Field(() => [MachineDetector], {
    nullable: true,
    description:
      'The machine detectors the switch had loaded when the leading dialer connected (null before it connected): a campaign with AMD needs at least one',
  })
  amdDetectors!: MachineDetector[] | null;
  @Field(() => Date, { description: "When the leader's status was reported" }) at!: Date;
}
