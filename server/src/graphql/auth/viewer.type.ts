import { Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { Role } from '../../domain/auth/role';

/** Who the current credentials belong to: a user or an API key. */
@ObjectType()
export class Viewer {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'USER or API_KEY' }) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => String) tenantName!: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => [Permission]) permissions!: Permission[];
}
