import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditAction } from '../../domain/audit/audit-action';
import { ActorKind } from '../../entities/campaign-event.entity';
import { PageInfo } from '../common/page-info.type';

/** One line of the audit log (issue 21): who changed what in which tenant. tenantName is resolved in audit-log.resolver.ts. */
@ObjectType('AuditEntry')
export class AuditEntryNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { description: 'The tenant the change concerns' }) tenantId!: string;
  @Field(() => ActorKind) actorKind!: ActorKind;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => String, { description: "The user's email or the key's name at the time; 'system' for the first start" })
  actorLabel!: string;
  @Field(() => ID, { nullable: true, description: "The actor's own tenant: another one when the platform operator acted" })
  actorTenantId?: string;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => String, { description: 'User, ApiKey, Gateway, Calendar, DncList, TenantSettings, Tenant' }) targetType!: string;
  @Field(() => String, { nullable: true, description: "The object's id (a DNC list: its name)" }) targetId?: string;
  @Field(() => GraphQLJSONObject, {
    description: 'What changed: { field: { from, to } } for an update, the fields set for a creation; never a password, hash or key',
  })
  changes!: Record<string, unknown>;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryNode]) nodes!: AuditEntryNode[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
