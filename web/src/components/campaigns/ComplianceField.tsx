'use client';
// The campaign's compliance profile (issue 18): its own or the tenant's; NONE, which applies no rule, in red.
import type { ComplianceProfile } from '@/gql/graphql';
import { Field } from '@/components/ui/Field';

export const PROFILE_LABELS: Record<ComplianceProfile, string> = {
  US_TSR: 'US Telemarketing Sales Rule (08:00-21:00 local, abandon ≤ 3 %, ring ≥ 15 s, caller ID)',
  UK_OFCOM: 'UK Ofcom (abandon ≤ 3 % per 24 h, caller ID, 72 h rest after an abandoned call)',
  NONE: 'NONE: no compliance rule applies',
};

const NONE_STYLE = { color: '#b91c1c', fontWeight: 600 };

export function ComplianceField(props: {
  value: ComplianceProfile | '';
  tenantProfile?: ComplianceProfile;
  error?: string;
  onChange: (v: ComplianceProfile | '') => void;
}) {
  const effective = props.value || props.tenantProfile;
  return (
    <Field label="Compliance profile" name="complianceProfile" error={props.error}>
      <select
        name="complianceProfile"
        value={props.value}
        style={effective === 'NONE' ? NONE_STYLE : undefined}
        onChange={(e) => props.onChange(e.target.value as ComplianceProfile | '')}
      >
        <option value="">Tenant’s ({props.tenantProfile ?? '…'})</option>
        {(Object.keys(PROFILE_LABELS) as ComplianceProfile[]).map((p) => (
          <option key={p} value={p} style={p === 'NONE' ? NONE_STYLE : undefined}>
            {PROFILE_LABELS[p]}
          </option>
        ))}
      </select>
      {effective === 'NONE' && (
        <span className="error" data-testid="compliance-none" style={NONE_STYLE}>
          No calling hours, caller ID or abandon rules: this campaign may call anyone at any hour.
        </span>
      )}
    </Field>
  );
}
