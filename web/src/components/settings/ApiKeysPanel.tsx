'use client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { ApiScope } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { Field } from '@/components/ui/Field';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { asyncHandler } from '@/lib/async-handler';

export const ApiKeyRowFields = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
`);
const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyRow
    }
  }
`);
const CreateApiKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeyRow
      }
    }
  }
`);
const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyRow
    }
  }
`);

const SCOPES: ApiScope[] = ['READ', 'CAMPAIGNS_WRITE', 'RECIPIENTS_WRITE', 'RESULTS_WRITE', 'SETTINGS_WRITE', 'ADMIN'];

/** Integrator keys: the clear key is shown once, right after creation. */
export function ApiKeysPanel() {
  const [{ data, error }, refetch] = useQuery({ query: ApiKeysQuery });
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['READ']);
  const [newKey, setNewKey] = useState<{ name: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [created, create] = useMutation(CreateApiKey);
  const [revoked, revoke] = useMutation(RevokeApiKey);
  const errs = fieldErrors(created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { name: name.trim(), scopes } });
    if (r.data) {
      setNewKey({ name: r.data.createApiKey.apiKey.name, key: r.data.createApiKey.key });
      setName('');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      {newKey && (
        <div className="notice warn" data-testid="new-api-key">
          <b>Key for {newKey.name}</b> — copy it now, it is never shown again:
          <div className="mono" style={{ margin: '8px 0', wordBreak: 'break-all', fontSize: 15 }} data-testid="api-key-value">
            {newKey.key}
          </div>
          <div className="row">
            <button type="button" className="button small" onClick={() => void navigator.clipboard?.writeText(newKey.key)}>
              Copy
            </button>
            <button type="button" className="button small" onClick={() => setNewKey(null)}>
              I have stored it
            </button>
          </div>
        </div>
      )}
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="New API key" noValidate>
        <h2>New API key</h2>
        <div className="grid2">
          <Field label="Name" name="name" error={errs.name} hint='Who uses it, e.g. "CRM integration"'>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Scopes" name="scopes" error={errs.scopes}>
            <div className="row">
              {SCOPES.map((s) => (
                <label key={s} className="check">
                  <input
                    type="checkbox"
                    checked={scopes.includes(s)}
                    onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
                  />
                  {humanize(s)}
                </label>
              ))}
            </div>
          </Field>
        </div>
        {created.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(created.error)}
          </p>
        )}
        <button className="button primary" type="submit" style={{ marginTop: 12 }} disabled={created.fetching}>
          Create key
        </button>
      </form>
      {(error || revoked.error) && <p className="error">{errorMessage(error ?? revoked.error)}</p>}
      <table className="table" data-testid="api-keys">
        <thead>
          <tr>
            <th>Name</th>
            <th>Prefix</th>
            <th>Scopes</th>
            <th>Created</th>
            <th>Last used</th>
            <th>State</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.apiKeys.length === 0 && (
            <tr>
              <td colSpan={7} className="empty">
                No API keys yet.
              </td>
            </tr>
          )}
          {data?.apiKeys.map((k) => (
            <tr key={k.id} data-testid="api-key-row">
              <td>
                <b>{k.name}</b>
              </td>
              <td className="mono">{k.prefix}…</td>
              <td className="small">{k.scopes.map(humanize).join(', ')}</td>
              <td className="small">{formatDateTime(k.createdAt)}</td>
              <td className="small">{formatDateTime(k.lastUsedAt)}</td>
              <td>
                {k.revokedAt ? (
                  <span className="badge">Revoked</span>
                ) : (
                  <span className="badge" style={{ background: '#dcfce7', color: '#166534' }}>
                    Active
                  </span>
                )}
              </td>
              <td>
                {!k.revokedAt && (
                  <button type="button" className="button danger small" onClick={() => setRevoking({ id: k.id, name: k.name })}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? ''}?`}
        confirmLabel="Revoke"
        danger
        onCancel={() => setRevoking(null)}
        onConfirm={asyncHandler(async () => {
          if (revoking) await revoke({ id: revoking.id });
          setRevoking(null);
        })}
      >
        The key is refused from the next request on. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
