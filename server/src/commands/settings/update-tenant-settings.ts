import { accountcodeProblem } from '../../domain/telephony/switch-text';
import { patternProblem } from '../../domain/numbers/direction';
import { isSupportedRegion } from '../../domain/numbers/phone-normalize';
import type { TenantSettings } from '../../entities/tenant-settings.entity';
import { capProblem } from '../../domain/tenant/tenant-caps';
import { Tenant } from '../../entities/tenant.entity';
import { AppError, badInput, ErrorCode } from '../../errors/app-error';
import { capsOf } from '../tenant/load-tenant';
import type { UpdateTenantSettingsData } from './tenant-settings-data';
import { inTransaction, type CommandContext } from '../command-context';
import { lockTenantSettings } from './tenant-settings-row';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { fieldChanges, snapshotFields } from '../audit/audit-changes';

const NUMBERS = [
  'maxActiveCampaigns',
  'maxTotalCalls',
  'maxInternalCalls',
  'maxExternalCalls',
  'callsPerSecond',
  'queueMultiplier',
] as const;
const AUDITED = [...NUMBERS, 'internalNumberPattern', 'defaultRegion', 'complianceProfile', 'accountcode'] as const;

/**
 * Changes the tenant's global limits (creating the row on first use). The internal-number
 * pattern must compile on RE2 (the engine it runs on), and the region must be one libphonenumber can read numbers in,
 * because every import and DNC entry depends on both. A limit above the tenant's cap set by the platform operator is
 * BAD_USER_INPUT naming the limit and the cap.
 */
export function updateTenantSettings(ctx: CommandContext, input: UpdateTenantSettingsData): Promise<TenantSettings> {
  return inTransaction(ctx, async (em) => {
    if (input.internalNumberPattern != null) checkPattern(input.internalNumberPattern);
    if (input.defaultRegion != null && !isSupportedRegion(input.defaultRegion)) {
      throw badInput('defaultRegion', `${input.defaultRegion} is not a region phone numbers can be read in`);
    }
    const badCode = input.accountcode ? accountcodeProblem(input.accountcode) : undefined;
    if (badCode) throw badInput('accountcode', badCode);
    // The platform operator's caps bound what the tenant may set (issue 21); only the limits given are checked.
    const beyond = capProblem(input, capsOf(await em.findOneOrFail(Tenant, { id: ctx.principal.tenantId })));
    if (beyond) throw new AppError(ErrorCode.BAD_USER_INPUT, beyond.message, { field: beyond.field, fields: [beyond] });
    const settings = await lockTenantSettings(em, ctx.principal.tenantId);
    const before = snapshotFields(settings, AUDITED);
    for (const key of NUMBERS) {
      const value = input[key];
      if (value !== undefined && value !== null) settings[key] = value;
    }
    if (input.internalNumberPattern != null) settings.internalNumberPattern = input.internalNumberPattern;
    if (input.defaultRegion != null) settings.defaultRegion = input.defaultRegion;
    if (input.complianceProfile != null) settings.complianceProfile = input.complianceProfile;
    if (input.accountcode != null) settings.accountcode = input.accountcode || undefined;
    settings.updatedAt = new Date();
    const changes = fieldChanges(before, settings, AUDITED);
    if (Object.keys(changes).length > 0) {
      recordAudit(em, ctx, {
        action: AuditAction.TENANT_SETTINGS_UPDATED,
        targetType: 'TenantSettings',
        targetId: ctx.principal.tenantId,
        changes,
      });
    }
    await em.flush();
    return settings;
  });
}

function checkPattern(pattern: string): void {
  const why = patternProblem(pattern);
  if (why) throw badInput('internalNumberPattern', why);
}
