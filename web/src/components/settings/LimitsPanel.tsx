'use client';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { TenantLimitsFragment, UpdateTenantSettingsInput } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';

export const TenantLimitsFields = graphql(`
  fragment TenantLimits on TenantSettings {
    maxActiveCampaigns
    maxTotalCalls
    maxInternalCalls
    maxExternalCalls
    callsPerSecond
    queueMultiplier
    defaultRegion
    internalNumberPattern
    accountcode
    updatedAt
    caps {
      maxConcurrentCalls
      callsPerSecond
      maxActiveCampaigns
    }
  }
`);
const SettingsQuery = graphql(`
  query TenantSettings {
    settings {
      ...TenantLimits
    }
  }
`);
const UpdateSettings = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateSettings(input: $input) {
      ...TenantLimits
    }
  }
`);

type Key = Exclude<keyof TenantLimitsFragment, '__typename' | 'updatedAt' | 'caps'>;
type Caps = TenantLimitsFragment['caps'];
// Which of the platform operator's caps bounds each limit (issue 21).
const CAP_OF: Partial<Record<Key, keyof Omit<Caps, '__typename'>>> = {
  maxActiveCampaigns: 'maxActiveCampaigns',
  maxTotalCalls: 'maxConcurrentCalls',
  maxInternalCalls: 'maxConcurrentCalls',
  maxExternalCalls: 'maxConcurrentCalls',
  callsPerSecond: 'callsPerSecond',
};

/** "cap 20, set by the platform operator · 1 to 1000", or the plain hint when the limit has no cap. */
function hintWithCap(key: Key, hint: string, caps: Caps): string {
  const capKey = CAP_OF[key];
  const cap = capKey ? caps[capKey] : null;
  return cap === null || cap === undefined ? hint : `cap ${cap.toLocaleString()}, set by the platform operator · ${hint}`;
}
const FIELDS: Array<[Key, string, string, 'int' | 'float' | 'text']> = [
  ['maxActiveCampaigns', 'Max active campaigns', '1 to 1000', 'int'],
  ['maxTotalCalls', 'Max concurrent calls (total)', '1 to 100000', 'int'],
  ['maxInternalCalls', 'Max internal calls', 'Internal + external may sum above total', 'int'],
  ['maxExternalCalls', 'Max external calls', '0 to 100000', 'int'],
  ['callsPerSecond', 'Calls per second', 'All campaigns together', 'float'],
  ['queueMultiplier', 'Queue multiplier', 'Queue-watch: free agents × this', 'float'],
  ['defaultRegion', 'Default region', 'For numbers without a country code, e.g. US', 'text'],
  ['internalNumberPattern', 'Internal number pattern', 'Regular expression', 'text'],
  ['accountcode', 'Account code', 'Billing code of calls whose campaign has none; empty: none', 'text'],
];

type Values = Record<Key, string>;
function toValues(s: TenantLimitsFragment): Values {
  return Object.fromEntries(FIELDS.map(([k]) => [k, String(s[k] ?? '')])) as Values;
}

/** Tenant-wide limits; only changed values are sent, the dialer applies them on its next decision. */
export function LimitsPanel() {
  const [{ data, error }] = useQuery({ query: SettingsQuery });
  const [saved, save] = useMutation(UpdateSettings);
  const [values, setValues] = useState<Values | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (data && !values) setValues(toValues(data.settings));
  }, [data, values]);
  const errs = fieldErrors(saved.error);
  if (error) return <p className="error">{errorMessage(error)}</p>;
  if (!data || !values) return <div className="muted">Loading…</div>;
  const current = toValues(data.settings);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const input: UpdateTenantSettingsInput = {};
    for (const [k, , , kind] of FIELDS) {
      if (values[k] === current[k]) continue;
      if (kind === 'text') (input as Record<string, string>)[k] = values[k].trim();
      else (input as Record<string, number>)[k] = Number(values[k]);
    }
    if (Object.keys(input).length === 0) {
      setNote('Nothing changed.');
      return;
    }
    const r = await save({ input });
    if (r.data) {
      setValues(toValues(r.data.updateSettings));
      setNote('Saved.');
    }
  };

  return (
    <form className="card" onSubmit={asyncHandler(submit)} aria-label="Limits" noValidate>
      <div className="grid2">
        {FIELDS.map(([k, label, hint]) => (
          <Field key={k} label={label} name={k} error={errs[k]} hint={hintWithCap(k, hint, data.settings.caps)}>
            <input name={k} value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />
          </Field>
        ))}
      </div>
      {saved.error && Object.keys(errs).length === 0 && (
        <p className="error" role="alert">
          {errorMessage(saved.error)}
        </p>
      )}
      <div className="row" style={{ marginTop: 14, alignItems: 'center' }}>
        <button className="button primary" type="submit" disabled={saved.fetching}>
          Save limits
        </button>
        {note && (
          <span className="muted" role="status">
            {note}
          </span>
        )}
        <span className="small muted">Last changed {formatDateTime(data.settings.updatedAt)}</span>
      </div>
    </form>
  );
}
