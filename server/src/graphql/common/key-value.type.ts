import { Field, InputType, ObjectType } from 'type-graphql';
import type { KeyValueData } from '../../commands/campaign/campaign-settings-data';
import { channelVariableNameProblem, channelVariableValueProblem } from '../../domain/telephony/channel-variables';
import { Satisfies } from './text-rules';

/** A string map entry (channel variables) in a schema-friendly form. */
@ObjectType()
export class KeyValue {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class KeyValueInput implements KeyValueData {
  @Field(() => String, {
    description:
      'A channel variable name: letters, digits and _; names FreeSWITCH runs (execute_on_*, api_on_*, *_hangup_hook…) or Pacer sets (origination_uuid, pacer_*…) are refused',
  })
  @Satisfies(channelVariableNameProblem)
  key!: string;

  @Field(() => String, { description: 'One line, at most 4000 characters, without { or }' })
  @Satisfies(channelVariableValueProblem)
  value!: string;
}

export function toKeyValues(map: Record<string, string>): KeyValue[] {
  return Object.entries(map).map(([key, value]) => ({ key, value }));
}

export function fromKeyValues(list: KeyValueInput[]): Record<string, string> {
  return Object.fromEntries(list.map((kv) => [kv.key, kv.value]));
}
