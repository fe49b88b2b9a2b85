import { Field, Int, ObjectType } from 'type-graphql';

/** One of a recipient's numbers; attempts rotate through them by priority. */
@ObjectType('Phone')
export class PhoneNode {
  @Field(() => String, { description: 'E.164, or the extension as given for internal numbers' }) number!: string;
  @Field(() => Int, { description: 'Higher is dialed first' }) priority!: number;
  @Field(() => Boolean, { description: 'Stopped by a result; skipped by rotation' }) stopped!: boolean;
}
