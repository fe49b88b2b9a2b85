import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { BroadcastActionData } from '../../commands/campaign/campaign-settings-data';
import { extensionProblem, soundFileProblem } from '../../domain/telephony/switch-text';
import { Satisfies } from '../common/text-rules';

export enum BroadcastActionKind {
  PLAY = 'PLAY',
  WAIT = 'WAIT',
  TRANSFER = 'TRANSFER',
  CONFIRM_ANSWER = 'CONFIRM_ANSWER',
  CONFIRM_LISTEN = 'CONFIRM_LISTEN',
}
registerEnumType(BroadcastActionKind, {
  name: 'BroadcastActionKind',
  description:
    'PLAY a file, WAIT n s, TRANSFER to an extension/IVR, ask to press a digit to confirm the answer, or to confirm listening (the message repeats otherwise)',
});

/** One step of a broadcast; which fields apply depends on `kind`. */
@ObjectType('BroadcastAction')
export class BroadcastActionType {
  @Field(() => BroadcastActionKind)
  kind!: BroadcastActionKind;

  @Field(() => String, { nullable: true })
  file?: string;

  @Field(() => Int, { nullable: true })
  seconds?: number;

  @Field(() => String, { nullable: true })
  extension?: string;

  @Field(() => String, { nullable: true })
  digit?: string;

  @Field(() => Int, { nullable: true })
  repeat?: number;
}

@InputType()
export class BroadcastActionInput implements BroadcastActionData {
  @Field(() => BroadcastActionKind)
  @IsIn(Object.values(BroadcastActionKind))
  kind!: BroadcastActionKind;

  @Field(() => String, { nullable: true, description: 'PLAY, CONFIRM_*: sound file path or URL' })
  @IsOptional()
  @Satisfies(soundFileProblem)
  file?: string;

  @Field(() => Int, { nullable: true, description: 'WAIT: 1 to 600 seconds' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  seconds?: number;

  @Field(() => String, { nullable: true, description: 'TRANSFER: extension or IVR' })
  @IsOptional()
  @Satisfies(extensionProblem)
  extension?: string;

  @Field(() => String, { nullable: true, description: 'CONFIRM_*: the DTMF digit (0-9, *, #)' })
  @IsOptional()
  @Matches(/^[0-9*#]$/, { message: 'digit must be one of 0-9, * or #' })
  digit?: string;

  @Field(() => Int, { nullable: true, description: 'CONFIRM_LISTEN: times the message repeats without the digit (0-10)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  repeat?: number;
}
