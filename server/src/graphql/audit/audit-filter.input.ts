import { ArrayMaxSize, ArrayNotEmpty, IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from '../../domain/audit/audit-action';

/** Which audit entries: of which tenants, which actions, in which time range. */
@InputType()
export class AuditFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description:
      "These tenants' entries; a tenant admin may name only its own (else FORBIDDEN). Without it: every tenant for the platform operator, your own for a tenant admin",
  })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  tenantIds?: string[];

  @Field(() => [AuditAction], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AuditAction), { each: true })
  actions?: AuditAction[];

  @Field(() => Date, { nullable: true, description: 'At or after' })
  @IsOptional()
  @IsDate()
  since?: Date;

  @Field(() => Date, { nullable: true, description: 'Before' })
  @IsOptional()
  @IsDate()
  until?: Date;
}
