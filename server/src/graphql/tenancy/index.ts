// The platform operator's tenant area (issue 21): tenants, their caps, usage and suspension.
import { TenantAdminResolver } from './tenant-admin.resolver';
import { TenantResolver } from './tenant.resolver';

export const tenancyResolvers: Function[] = [TenantResolver, TenantAdminResolver];
