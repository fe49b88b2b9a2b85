'use client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { GatewayRowFragment } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { Field } from '@/components/ui/Field';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { asyncHandler } from '@/lib/async-handler';

export const GatewayRowFields = graphql(`
  fragment GatewayRow on Gateway {
    id
    name
    dialString
    enabled
    maxConcurrent
    callsPerSecond
    createdAt
  }
`);
const GatewaysQuery = graphql(`
  query Gateways {
    gateways {
      ...GatewayRow
    }
  }
`);
const CreateGateway = graphql(`
  mutation CreateGateway($input: CreateGatewayInput!) {
    createGateway(input: $input) {
      ...GatewayRow
    }
  }
`);
const UpdateGateway = graphql(`
  mutation UpdateGateway($id: ID!, $input: UpdateGatewayInput!) {
    updateGateway(id: $id, input: $input) {
      ...GatewayRow
    }
  }
`);
const DeleteGateway = graphql(`
  mutation DeleteGateway($id: ID!) {
    deleteGateway(id: $id) {
      id
    }
  }
`);

const EMPTY = { name: '', dialString: 'sofia/gateway/NAME/{number}', maxConcurrent: '30', callsPerSecond: '' };

/** Trunks: dial-string template, per-gateway concurrency and calls per second. */
export function GatewaysPanel() {
  const [{ data, error }, refetch] = useQuery({ query: GatewaysQuery });
  const [form, setForm] = useState(EMPTY);
  const [created, create] = useMutation(CreateGateway);
  const [updated, update] = useMutation(UpdateGateway);
  const [deleted, remove] = useMutation(DeleteGateway);
  const [toDelete, setToDelete] = useState<GatewayRowFragment | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const errs = fieldErrors(editing ? updated.error : created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      name: form.name.trim(),
      dialString: form.dialString.trim(),
      maxConcurrent: Number(form.maxConcurrent),
      // Blank: the server's default, half of maxConcurrent (it then follows maxConcurrent).
      callsPerSecond: form.callsPerSecond.trim() ? Number(form.callsPerSecond) : null,
    };
    const r = editing ? await update({ id: editing, input }) : await create({ input });
    if (r.data) {
      setForm(EMPTY);
      setEditing(null);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  return (
    <>
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="New gateway" noValidate>
        <h2>{editing ? `Edit ${form.name}` : 'New gateway'}</h2>
        <div className="grid2" style={{ gridTemplateColumns: '1fr 2fr 1fr 1fr' }}>
          <Field label="Name" name="name" error={errs.name}>
            <input name="name" value={form.name} onChange={set('name')} />
          </Field>
          <Field label="Dial string" name="dialString" error={errs.dialString} hint="{number} is replaced by the number dialed">
            <input name="dialString" className="mono" value={form.dialString} onChange={set('dialString')} />
          </Field>
          <Field label="Max concurrent" name="maxConcurrent" error={errs.maxConcurrent}>
            <input name="maxConcurrent" value={form.maxConcurrent} onChange={set('maxConcurrent')} />
          </Field>
          <Field label="Calls / second" name="callsPerSecond" error={errs.callsPerSecond} hint="Blank: half the max concurrent">
            <input name="callsPerSecond" value={form.callsPerSecond} placeholder="auto" onChange={set('callsPerSecond')} />
          </Field>
        </div>
        {!editing && created.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(created.error)}
          </p>
        )}
        <div className="row" style={{ marginTop: 12 }}>
          <button className="button primary" type="submit" disabled={created.fetching || updated.fetching}>
            {editing ? 'Save gateway' : 'Add gateway'}
          </button>
          {editing && (
            <button
              className="button ghost"
              type="button"
              onClick={() => {
                setEditing(null);
                setForm(EMPTY);
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
      {(error || updated.error || deleted.error) && (
        <p className="error" role="alert">
          {errorMessage(error ?? updated.error ?? deleted.error)}
        </p>
      )}
      <table className="table" data-testid="gateways">
        <thead>
          <tr>
            <th>Name</th>
            <th>Dial string</th>
            <th className="num">Max concurrent</th>
            <th className="num">Calls/s</th>
            <th>Enabled</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.gateways.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                No gateways yet.
              </td>
            </tr>
          )}
          {data?.gateways.map((g) => (
            <tr key={g.id} data-testid="gateway-row">
              <td>
                <b>{g.name}</b>
              </td>
              <td className="mono">{g.dialString}</td>
              <td className="num">{g.maxConcurrent}</td>
              <td className="num">{g.callsPerSecond}</td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    aria-label={`${g.name} enabled`}
                    checked={g.enabled}
                    onChange={asyncHandler((e) => update({ id: g.id, input: { enabled: e.target.checked } }))}
                  />
                  {g.enabled ? 'Enabled' : 'Disabled'}
                </label>
              </td>
              <td className="row">
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    setEditing(g.id);
                    setForm({
                      name: g.name,
                      dialString: g.dialString,
                      maxConcurrent: String(g.maxConcurrent),
                      callsPerSecond: String(g.callsPerSecond),
                    });
                  }}
                >
                  Edit
                </button>
                <button type="button" className="button danger small" onClick={() => setToDelete(g)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete gateway ${toDelete?.name ?? ''}?`}
        confirmLabel="Delete"
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={asyncHandler(async () => {
          if (toDelete) await remove({ id: toDelete.id });
          setToDelete(null);
          refetch({ requestPolicy: 'network-only' });
        })}
      >
        Campaigns using it stop dialing through it. Refused while a live campaign uses it.
      </ConfirmDialog>
    </>
  );
}
