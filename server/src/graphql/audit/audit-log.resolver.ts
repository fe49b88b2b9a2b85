import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { isOperator, namedTenants } from '../../auth/tenant-scope';
import type { AuditEntry } from '../../entities/audit-entry.entity';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { AuditEntryConnection, AuditEntryNode } from './audit-entry.type';
import { AuditFilterInput } from './audit-filter.input';
import { listAudit } from './list-audit';

/**
 * Issue 21: the audit log. The platform operator reads every tenant's (or those it names); a
 * tenant's admin (ADMIN permission: the role or an ADMIN key) only its own; anyone else FORBIDDEN.
 */
@Resolver(() => AuditEntryNode)
export class AuditLogResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      "Who changed tenants, users, API keys and settings, newest first. The platform operator: every tenant (or filter.tenantIds); a tenant's admin: its own (another tenant's id in tenantIds: FORBIDDEN)",
  })
  auditLog(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter?: AuditFilterInput,
  ): Promise<AuditEntryConnection> {
    const principal = requirePrincipal(ctx);
    const named = namedTenants(principal, filter?.tenantIds, 'audit log');
    const tenants = named ?? (isOperator(principal) ? null : [principal.tenantId]);
    return listAudit(ctx.em, tenants, filter ?? {}, page);
  }

  @FieldResolver(() => String, { description: 'The tenant the change concerns, by name' })
  tenantName(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.tenantName.load(entry.tenantId);
  }
}
