import { Field, ObjectType } from 'type-graphql';
import type { Tenant } from '../../entities/tenant.entity';
import { TenantNode } from './tenant.type';

/** What createTenant returns: the generated password appears here once and is stored only hashed. */
@ObjectType()
export class CreateTenantPayload {
  @Field(() => TenantNode)
  tenant!: Tenant;

  @Field(() => String, { description: "The tenant's first ADMIN (lower-cased)" })
  adminEmail!: string;

  @Field(() => String, { nullable: true, description: 'Only when no adminPassword was given: shown this once and never again' })
  generatedPassword!: string | null;
}
