'use client';
import type { CauseAction, DestinationKind, MachineAction } from '@/gql/graphql';
import { graphql } from '@/gql';
import { Field } from '@/components/ui/Field';
import { under, type Advanced } from './advanced-model';
import { BroadcastScript } from './BroadcastScript';

export const CampaignAdvancedFields = graphql(`
  fragment CampaignAdvanced on Campaign {
    waitForResult
    amd {
      enabled
      onMachine
    }
    destination {
      kind
      target
      maxWaiting
    }
    broadcastActions {
      kind
      file
      seconds
      extension
      digit
      repeat
    }
    causePolicy {
      cause
      action
    }
    channelVariables {
      key
      value
    }
    sendRecipientFields
  }
`);

const CAUSE_ACTIONS: CauseAction[] = ['SUCCESS', 'RETRY', 'FAIL', 'NEUTRAL'];

/** Broadcast script, destination, AMD, cause policy and channel variables. */
export function AdvancedSettings({
  value,
  onChange,
  errors,
}: {
  value: Advanced;
  onChange(v: Advanced): void;
  errors: Record<string, string>;
}) {
  const set = <K extends keyof Advanced>(k: K, v: Advanced[K]) => onChange({ ...value, [k]: v });
  return (
    <>
      <BroadcastScript actions={value.actions} onChange={(actions) => set('actions', actions)} errors={errors} />
      <div className="card">
        <h2>After answer</h2>
        <div className="grid3">
          <Field label="Destination" name="destination" error={under(errors, 'destination')}>
            <div className="row">
              <select
                aria-label="Destination kind"
                value={value.destinationKind}
                onChange={(e) => set('destinationKind', e.target.value as DestinationKind | '')}
              >
                <option value="">None</option>
                <option value="EXTENSION">Extension</option>
                <option value="QUEUE">Queue</option>
                <option value="IVR">IVR</option>
              </select>
              {value.destinationKind && (
                <input
                  aria-label="Destination target"
                  value={value.destinationTarget}
                  onChange={(e) => set('destinationTarget', e.target.value)}
                />
              )}
              {value.destinationKind === 'QUEUE' && (
                <input
                  aria-label="Queue max waiting"
                  name="destinationMaxWaiting"
                  type="number"
                  min={1}
                  step={1}
                  placeholder="max waiting"
                  title="At this many members already waiting in the queue, an answered call is not sent (QUEUE_FULL). Empty: no limit."
                  style={{ width: 110 }}
                  value={value.destinationMaxWaiting}
                  onChange={(e) => set('destinationMaxWaiting', e.target.value)}
                />
              )}
            </div>
          </Field>
          <Field label="Answering machine detection" name="amd" error={under(errors, 'amd')}>
            <div className="row">
              <label className="check">
                <input type="checkbox" checked={value.amdEnabled} onChange={(e) => set('amdEnabled', e.target.checked)} /> Detect
              </label>
              {value.amdEnabled && (
                <select
                  aria-label="On machine"
                  value={value.amdOnMachine}
                  onChange={(e) => set('amdOnMachine', e.target.value as MachineAction)}
                >
                  <option value="HANGUP">Hang up</option>
                  <option value="PLAY">Play the message</option>
                  <option value="CONTINUE">Continue</option>
                </select>
              )}
            </div>
          </Field>
          <Field label="Agent result" name="waitForResult" error={errors.waitForResult}>
            <label className="check">
              <input type="checkbox" checked={value.waitForResult} onChange={(e) => set('waitForResult', e.target.checked)} /> Wait for the
              agent&apos;s result before the next call
            </label>
          </Field>
        </div>
      </div>
      <div className="card grid2">
        <div>
          <h2>Hangup cause policy</h2>
          {value.causes.map((c, i) => (
            <div key={i} className="row" style={{ marginBottom: 6 }}>
              <input
                aria-label="Cause"
                placeholder="USER_BUSY or NO_ANSWER"
                value={c.cause}
                onChange={(e) =>
                  set(
                    'causes',
                    value.causes.map((x, j) => (j === i ? { ...x, cause: e.target.value } : x)),
                  )
                }
              />
              <select
                aria-label="Action"
                value={c.action}
                onChange={(e) =>
                  set(
                    'causes',
                    value.causes.map((x, j) => (j === i ? { ...x, action: e.target.value as CauseAction } : x)),
                  )
                }
              >
                {CAUSE_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button ghost small"
                onClick={() =>
                  set(
                    'causes',
                    value.causes.filter((_, j) => j !== i),
                  )
                }
              >
                ✕
              </button>
            </div>
          ))}
          {under(errors, 'causePolicy') && (
            <p className="error small" role="alert">
              {under(errors, 'causePolicy')}
            </p>
          )}
          <button type="button" className="button small" onClick={() => set('causes', [...value.causes, { cause: '', action: 'RETRY' }])}>
            Add override
          </button>
        </div>
        <div>
          <h2>Channel variables</h2>
          {value.variables.map((v, i) => (
            <div key={i} className="row" style={{ marginBottom: 6 }}>
              <input
                aria-label="Variable"
                placeholder="name"
                value={v.key}
                onChange={(e) =>
                  set(
                    'variables',
                    value.variables.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label="Value"
                placeholder="value"
                value={v.value}
                onChange={(e) =>
                  set(
                    'variables',
                    value.variables.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)),
                  )
                }
              />
              <button
                type="button"
                className="button ghost small"
                onClick={() =>
                  set(
                    'variables',
                    value.variables.filter((_, j) => j !== i),
                  )
                }
              >
                ✕
              </button>
            </div>
          ))}
          {under(errors, 'channelVariables') && (
            <p className="error small" role="alert">
              {under(errors, 'channelVariables')}
            </p>
          )}
          <button type="button" className="button small" onClick={() => set('variables', [...value.variables, { key: '', value: '' }])}>
            Add variable
          </button>
          <Field label="Recipient fields" name="sendRecipientFields" error={errors.sendRecipientFields}>
            <label className="check">
              <input type="checkbox" checked={value.sendRecipientFields} onChange={(e) => set('sendRecipientFields', e.target.checked)} />{' '}
              Put each recipient&apos;s fields on its calls (pacer_f_&lt;name&gt;, and pacer_recipient)
            </label>
          </Field>
        </div>
      </div>
    </>
  );
}
