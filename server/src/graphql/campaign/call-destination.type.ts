import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { extensionProblem } from '../../domain/telephony/switch-text';
import { Satisfies } from '../common/text-rules';

export enum DestinationKind {
  EXTENSION = 'EXTENSION',
  QUEUE = 'QUEUE',
  IVR = 'IVR',
}
registerEnumType(DestinationKind, { name: 'DestinationKind' });

/** Where an answered call goes. */
@ObjectType('CallDestination')
export class CallDestinationType {
  @Field(() => DestinationKind)
  kind!: DestinationKind;

  @Field(() => String)
  target!: string;

  @Field(() => Int, { nullable: true, description: 'QUEUE only: the most members waiting in the queue; one more call is QUEUE_FULL' })
  maxWaiting?: number;
}

@InputType()
export class CallDestinationInput {
  @Field(() => DestinationKind)
  @IsIn(Object.values(DestinationKind))
  kind!: DestinationKind;

  @Field(() => String)
  @Satisfies(extensionProblem)
  target!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'QUEUE only: an answered call finding this many members already waiting is not sent (QUEUE_FULL); null: no limit',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  maxWaiting?: number | null;
}
