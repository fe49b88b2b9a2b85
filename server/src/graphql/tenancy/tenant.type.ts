import { Field, ID, ObjectType } from 'type-graphql';
import { TenantStatus } from '../../domain/tenant/tenant-status';

/** A tenant as the platform operator sees it; `caps` and `usage` are field resolvers (tenant.resolver.ts). */
@ObjectType('Tenant', { description: 'An organisation on the platform (operator only)' })
export class TenantNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => TenantStatus) status!: TenantStatus;
  @Field(() => String, { nullable: true, description: 'Why it is suspended (shown to its users); null when ACTIVE' })
  suspendedReason?: string | null;
  @Field(() => Date, { nullable: true }) suspendedAt?: Date | null;
  @Field(() => Date) createdAt!: Date;
}
