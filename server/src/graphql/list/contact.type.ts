import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Contact } from '../../entities/contact.entity';
import { PageInfo } from '../common/page-info.type';
import { PhoneNode } from '../recipient/phone.type';

/** A member of a recipient list. */
@ObjectType('Contact')
export class ContactNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [PhoneNode]) phones!: PhoneNode[];
  @Field(() => GraphQLJSONObject) fields!: Record<string, string>;
  @Field(() => String, { nullable: true }) timeZone?: string;
  @Field(() => Int) priority!: number;
  @Field(() => [String]) tags!: string[];
  @Field(() => Date, { nullable: true }) expireAt?: Date;
  @Field(() => String, { nullable: true }) originalLine?: string;
}

@ObjectType()
export class ContactConnection {
  @Field(() => [ContactNode]) nodes!: Contact[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
