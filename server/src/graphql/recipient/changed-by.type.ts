import { Field, ObjectType } from 'type-graphql';
import { ActorKind } from '../../entities/campaign-event.entity';

/** Who made a change: the dialer (SYSTEM), a person (USER) or an integration (API_KEY). */
@ObjectType()
export class ChangedBy {
  @Field(() => ActorKind) kind!: ActorKind;
  @Field(() => String, { description: 'The user’s email, the key’s name, or "dialer"' }) label!: string;
}
