import { IsIn, IsString, Length } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

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
  @IsString()
  @Length(1, 100)
  target!: string;
}
