import { IsBoolean, IsIn } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum MachineAction {
  HANGUP = 'HANGUP',
  PLAY = 'PLAY',
  CONTINUE = 'CONTINUE',
}
registerEnumType(MachineAction, { name: 'MachineAction', description: 'What to do when AMD detects a machine' });

@ObjectType('AmdSettings')
export class AmdSettingsType {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => MachineAction)
  onMachine!: MachineAction;
}

@InputType()
export class AmdSettingsInput {
  @Field(() => Boolean)
  @IsBoolean()
  enabled!: boolean;

  @Field(() => MachineAction, { defaultValue: MachineAction.HANGUP })
  @IsIn(Object.values(MachineAction))
  onMachine: MachineAction = MachineAction.HANGUP;
}
