import { IsIn } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
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
}

@InputType()
export class CallDestinationInput {
  @Field(() => DestinationKind)
  @IsIn(Object.values(DestinationKind))
  kind!: DestinationKind;

  @Field(() => String)
  @Satisfies(extensionProblem)
  target!: string;
}
