'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { CampaignSettingsFragment, CampaignType, DialingMode } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { Field } from '@/components/ui/Field';
import { NumberFormatField } from '@/components/ui/NumberFormatField';
import { ComplianceField } from './ComplianceField';
import { DncListsField } from './DncListsField';
import { AdvancedSettings } from './AdvancedSettings';
import {
  type NumberKey,
  type Values,
  DEFAULTS,
  fromCampaign,
  localErrors,
  toInput,
  NUMBER_FIELDS,
  AGENT_FIELDS,
} from './campaign-form-model';
import { asyncHandler } from '@/lib/async-handler';

export const CampaignSettingsFields = graphql(`
  fragment CampaignSettings on Campaign {
    id
    name
    description
    type
    dialingMode
    callerIdName
    callerIdNumber
    complianceProfile
    dncLists
    priority
    maxAttempts
    retryWaitSeconds
    maxUncountedAttempts
    ringTimeoutSeconds
    maxConcurrentCalls
    callsPerSecond
    minSuccessSeconds
    completionThreshold
    defaultRegion
    numberFormat
    accountcode
    isTemplate
    queueName
    abandonMessage
    wrapUpSeconds
    abandonRateTarget
    maxInternalCalls
    maxExternalCalls
    queueMultiplier
    ...CampaignAdvanced
    calendar {
      id
    }
    gateways {
      id
    }
  }
`);

const FormOptions = graphql(`
  query CampaignFormOptions {
    gateways {
      id
      name
      enabled
    }
    calendars {
      id
      name
      timeZone
    }
    settings {
      complianceProfile
    }
    dncLists {
      name
    }
  }
`);

const CreateCampaign = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignSettings
      status
    }
  }
`);

const UpdateCampaign = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...CampaignSettings
      status
    }
  }
`);

/** Create (no campaign given) or edit a campaign; API field errors appear under each input. */
export function CampaignForm({ campaign }: { campaign?: CampaignSettingsFragment }) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(campaign ? fromCampaign(campaign) : DEFAULTS);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [options] = useQuery({ query: FormOptions });
  const [created, create] = useMutation(CreateCampaign);
  const [updated, update] = useMutation(UpdateCampaign);
  const result = campaign ? updated : created;
  const errors = { ...fieldErrors(result.error), ...local };
  const unnamedError = result.error && Object.keys(fieldErrors(result.error)).length === 0 ? errorMessage(result.error) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const le = localErrors(values);
    setLocal(le);
    if (Object.keys(le).length > 0) return;
    const input = toInput(values);
    if (campaign) {
      const r = await update({ id: campaign.id, input });
      if (r.data) router.push(`/campaigns/${campaign.id}`);
    } else {
      const r = await create({ input: { ...input, isTemplate: values.isTemplate } });
      if (r.data) router.push(`/campaigns/${r.data.createCampaign.id}`);
    }
  };
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues({ ...values, [k]: v });
  const setNum = (k: NumberKey, v: string) => setValues({ ...values, numbers: { ...values.numbers, [k]: v } });

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-label={campaign ? 'Edit campaign' : 'New campaign'}>
      <div className="card">
        <h2>Basics</h2>
        <div className="grid2">
          <Field label="Name" name="name" error={errors.name}>
            <input name="name" value={values.name} onChange={(e) => set('name', e.target.value)} autoFocus />
          </Field>
          <Field label="Type" name="type" error={errors.type}>
            <select name="type" value={values.type} onChange={(e) => set('type', e.target.value as CampaignType)}>
              <option value="VOICE">Voice broadcast / IVR</option>
              <option value="AGENT">Agent (calls bridged to agents)</option>
              <option value="SMS">SMS</option>
            </select>
          </Field>
          <Field label="Description" name="description" error={errors.description}>
            <input name="description" value={values.description} onChange={(e) => set('description', e.target.value)} />
          </Field>
          {values.type === 'AGENT' ? (
            <Field label="Dialing mode" name="dialingMode" error={errors.dialingMode}>
              <select
                name="dialingMode"
                value={values.dialingMode}
                onChange={(e) => set('dialingMode', e.target.value as DialingMode | '')}
              >
                <option value="">Choose…</option>
                <option value="PREVIEW">Preview</option>
                <option value="PROGRESSIVE">Progressive</option>
                <option value="PREDICTIVE">Predictive</option>
                <option value="QUEUE_WATCH">Queue watch</option>
              </select>
            </Field>
          ) : (
            <div />
          )}
          <Field label="Caller ID name" name="callerIdName" error={errors.callerIdName}>
            <input name="callerIdName" value={values.callerIdName} onChange={(e) => set('callerIdName', e.target.value)} />
          </Field>
          <Field label="Caller ID number" name="callerIdNumber" error={errors.callerIdNumber}>
            <input name="callerIdNumber" value={values.callerIdNumber} onChange={(e) => set('callerIdNumber', e.target.value)} />
          </Field>
          <Field
            label="Default region"
            name="defaultRegion"
            error={errors.defaultRegion}
            hint="ISO code for numbers without a country code, e.g. US"
          >
            <input name="defaultRegion" value={values.defaultRegion} maxLength={2} onChange={(e) => set('defaultRegion', e.target.value)} />
          </Field>
          <NumberFormatField value={values.numberFormat} error={errors.numberFormat} onChange={(v) => set('numberFormat', v)} />
          <Field label="Account code" name="accountcode" error={errors.accountcode} hint="Billing code on every call; empty: the tenant's">
            <input name="accountcode" value={values.accountcode} maxLength={64} onChange={(e) => set('accountcode', e.target.value)} />
          </Field>
          {values.type === 'AGENT' && (
            <Field
              label="Abandon message"
              name="abandonMessage"
              error={errors.abandonMessage}
              hint="Played when no agent takes an answer within 2 s (safe-harbor / information message); empty: pacer/safe-harbor.wav"
            >
              <input name="abandonMessage" value={values.abandonMessage} onChange={(e) => set('abandonMessage', e.target.value)} />
            </Field>
          )}
          {values.dialingMode === 'QUEUE_WATCH' && (
            <Field label="Queue" name="queueName" error={errors.queueName}>
              <input name="queueName" value={values.queueName} onChange={(e) => set('queueName', e.target.value)} />
            </Field>
          )}
        </div>
      </div>
      <div className="card">
        <h2>Pacing and retries</h2>
        <div className="grid3">
          {NUMBER_FIELDS.map(([k, label, hint]) => (
            <Field key={k} label={label} name={k} error={errors[k]} hint={hint || undefined}>
              <input name={k} inputMode="decimal" value={values.numbers[k]} onChange={(e) => setNum(k, e.target.value)} />
            </Field>
          ))}
          {values.type === 'AGENT' &&
            AGENT_FIELDS.map(([k, label, hint]) => (
              <Field key={k} label={label} name={k} error={errors[k]} hint={hint || undefined}>
                <input name={k} inputMode="decimal" value={values.numbers[k]} onChange={(e) => setNum(k, e.target.value)} />
              </Field>
            ))}
        </div>
      </div>
      <div className="card">
        <h2>Routing and hours</h2>
        <div className="grid2">
          <Field label="Calendar" name="calendarId" error={errors.calendarId} hint="Dials only inside its open hours">
            <select name="calendarId" value={values.calendarId} onChange={(e) => set('calendarId', e.target.value)}>
              <option value="">Any time</option>
              {options.data?.calendars.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.timeZone})
                </option>
              ))}
            </select>
          </Field>
          <ComplianceField
            value={values.complianceProfile}
            tenantProfile={options.data?.settings.complianceProfile}
            error={errors.complianceProfile}
            onChange={(v) => set('complianceProfile', v)}
          />
          <DncListsField
            value={values.dncLists}
            lists={options.data?.dncLists.map((l) => l.name) ?? []}
            error={errors.dncLists}
            onChange={(v) => set('dncLists', v)}
          />
          <Field label="Gateways" name="gatewayIds" error={errors.gatewayIds}>
            <div className="row">
              {options.data?.gateways.length === 0 && <span className="muted">No gateways yet (Settings → Gateways)</span>}
              {options.data?.gateways.map((g) => (
                <label key={g.id} className="check">
                  <input
                    type="checkbox"
                    checked={values.gatewayIds.includes(g.id)}
                    onChange={(e) =>
                      set('gatewayIds', e.target.checked ? [...values.gatewayIds, g.id] : values.gatewayIds.filter((x) => x !== g.id))
                    }
                  />
                  {g.name}
                  {g.enabled ? '' : ' (disabled)'}
                </label>
              ))}
            </div>
          </Field>
        </div>
        {!campaign && (
          <label className="check" style={{ marginTop: 12 }}>
            <input type="checkbox" name="isTemplate" checked={values.isTemplate} onChange={(e) => set('isTemplate', e.target.checked)} />
            Save as a template (never dialed; clone it to make campaigns)
          </label>
        )}
      </div>
      <details>
        <summary className="button ghost" style={{ marginBottom: 12 }}>
          Advanced: broadcast script, destination, AMD, cause policy, variables
        </summary>
        <AdvancedSettings value={values.advanced} onChange={(advanced) => setValues({ ...values, advanced })} errors={errors} />
      </details>
      {unnamedError && (
        <p className="error" role="alert">
          {unnamedError}
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <p className="error" role="alert">
          Please correct the highlighted fields.
        </p>
      )}
      <div className="row">
        <button className="button primary" type="submit" disabled={result.fetching}>
          {campaign ? 'Save changes' : 'Create campaign'}
        </button>
        <button className="button ghost" type="button" onClick={() => router.back()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
