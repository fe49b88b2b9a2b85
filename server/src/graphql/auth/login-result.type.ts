import { Field, ObjectType } from 'type-graphql';
import type { User } from '../../entities/user.entity';
import { UserNode } from '../settings/user.type';

@ObjectType()
export class LoginResult {
  @Field(() => String, { description: 'Send as Authorization: Bearer <token> (HTTP) or connectionParams.authorization (WebSocket)' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserNode)
  user!: User;
}
