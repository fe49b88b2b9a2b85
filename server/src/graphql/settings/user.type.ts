import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../domain/auth/role';

@ObjectType('User')
export class UserNode {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => Date) createdAt!: Date;
}
