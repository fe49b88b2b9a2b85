import { IsString, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { KeyValueData } from '../../commands/campaign/campaign-settings-data';

/** A string map entry (channel variables, recipient fields) in a schema-friendly form. */
@ObjectType()
export class KeyValue {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class KeyValueInput implements KeyValueData {
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  key!: string;

  @Field(() => String)
  @IsString()
  @Length(0, 4000)
  value!: string;
}

export function toKeyValues(map: Record<string, string>): KeyValue[] {
  return Object.entries(map).map(([key, value]) => ({ key, value }));
}

export function fromKeyValues(list: KeyValueInput[]): Record<string, string> {
  return Object.fromEntries(list.map((kv) => [kv.key, kv.value]));
}
