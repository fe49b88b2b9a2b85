import { Field, InputType, Int } from 'type-graphql';
import type { CallResultData } from '../../commands/agent/call-result-data';

/**
 * A call's result, as an agent or a CRM reports it (Webitel's result API). Checked by the
 * domain's reportedResultSchema, so the rules live in one place.
 */
@InputType()
export class CallResultInput implements CallResultData {
  @Field(() => Boolean, { nullable: true, description: 'True: the recipient is CONTACTED; false: the attempt failed' })
  success?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Start the attempt count again from 0' })
  resetRetries?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Next attempt after this many seconds (instead of the campaign retry wait)' })
  nextAfterSeconds?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Move on to the next number for the next attempt' })
  nextNumber?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Numbers of this recipient never to dial again' })
  stopNumbers?: string[] | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true })
  disposition?: string | null;

  @Field(() => Date, { nullable: true, description: 'Book a callback at this time (not with success)' })
  callbackAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With callbackAt: the callback is offered only to the agent who took this call (for an agent: itself), once signed in, AVAILABLE and with its phone registered; it waits for that agent while the agent is assigned to the campaign, then goes to any agent',
  })
  callbackToMe?: boolean | null;
}
