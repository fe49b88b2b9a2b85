'use client';
// The tenant's compliance profile (issue 18): what every campaign dials under unless it names its own.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { ComplianceProfile } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { PROFILE_LABELS } from '@/components/campaigns/ComplianceField';

const ProfileQuery = graphql(`
  query TenantComplianceProfile {
    settings {
      complianceProfile
    }
  }
`);
const SetProfile = graphql(`
  mutation SetTenantComplianceProfile($profile: ComplianceProfile!) {
    updateSettings(input: { complianceProfile: $profile }) {
      complianceProfile
    }
  }
`);

const RED = { color: '#b91c1c', fontWeight: 600 };

export function CompliancePanel() {
  const [{ data, error }] = useQuery({ query: ProfileQuery });
  const [saved, save] = useMutation(SetProfile);
  const [note, setNote] = useState<string | null>(null);
  if (error) return <p className="error">{errorMessage(error)}</p>;
  if (!data) return <div className="muted">Loading…</div>;
  const profile = saved.data?.updateSettings.complianceProfile ?? data.settings.complianceProfile;
  const change = async (next: ComplianceProfile) => {
    setNote(null);
    const r = await save({ profile: next });
    if (r.data) setNote('Saved.');
  };
  return (
    <div className="card" aria-label="Compliance profile">
      <label className="field" data-field="complianceProfile">
        <span>Compliance profile (campaigns may override it)</span>
        <select
          name="complianceProfile"
          value={profile}
          style={profile === 'NONE' ? RED : undefined}
          disabled={saved.fetching}
          onChange={(e) => void change(e.target.value as ComplianceProfile)}
        >
          {(Object.keys(PROFILE_LABELS) as ComplianceProfile[]).map((p) => (
            <option key={p} value={p}>
              {PROFILE_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      {profile === 'NONE' && (
        <p className="error" style={RED} data-testid="tenant-compliance-none">
          No calling hours, caller ID or abandon rules apply to campaigns that do not name a profile.
        </p>
      )}
      {saved.error && (
        <p className="error" role="alert">
          {errorMessage(saved.error)}
        </p>
      )}
      {note && (
        <span className="muted" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
