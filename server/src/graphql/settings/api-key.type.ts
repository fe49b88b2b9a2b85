import { Field, ID, ObjectType } from 'type-graphql';
import { ApiScope } from '../../domain/auth/role';

/** An integrator's key as lists show it: never the key itself, nor its hash. */
@ObjectType('ApiKey')
export class ApiKeyNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'First characters of the key, to tell keys apart' }) prefix!: string;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Set once revoked; a revoked key is refused at once' }) revokedAt?: Date;
}
