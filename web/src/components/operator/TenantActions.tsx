'use client';
// The operator's actions on one tenant (table row and tenant page): edit its caps, suspend it
// with a reason its users will see, resume it.
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import type { OperatorTenantFragment } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';
import { useViewer } from '@/components/shell/viewer';
import { CapsFields } from './CapsFields';
import { capInput, capValues } from './caps-text';
import styles from './operator.module.css';

const UpdateTenant = graphql(`
  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
    updateTenant(id: $id, input: $input) {
      ...OperatorTenant
    }
  }
`);
const SuspendTenant = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String!) {
    suspendTenant(id: $id, reason: $reason) {
      ...OperatorTenant
    }
  }
`);
const ResumeTenant = graphql(`
  mutation ResumeTenant($id: ID!) {
    resumeTenant(id: $id) {
      ...OperatorTenant
    }
  }
`);

export function TenantActions({ tenant }: { tenant: OperatorTenantFragment }) {
  const [editing, setEditing] = useState(false);
  const [caps, setCaps] = useState(capValues(tenant.caps));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const [updated, update] = useMutation(UpdateTenant);
  const [suspended, suspend] = useMutation(SuspendTenant);
  const [resumed, resume] = useMutation(ResumeTenant);
  const capErrs = { ...fieldErrors(updated.error), ...local };

  const saveCaps = async () => {
    const { caps: c, invalid } = capInput(caps);
    setLocal(invalid);
    if (Object.keys(invalid).length > 0) return;
    const r = await update({ id: tenant.id, input: c });
    if (r.data) setEditing(false);
  };
  const doSuspend = async () => {
    const r = await suspend({ id: tenant.id, reason: reason.trim() });
    if (r.data) setSuspending(false);
  };
  const problem = resumed.error ?? (suspending ? undefined : suspended.error);
  // The API refuses to suspend the operator's own organisation (tenant names are unique).
  const own = useViewer()?.tenantName === tenant.name;

  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="button small"
        onClick={() => {
          setCaps(capValues(tenant.caps));
          setLocal({});
          setEditing(true);
        }}
      >
        Edit caps
      </button>
      {tenant.status === 'SUSPENDED' ? (
        <button
          type="button"
          className="button small primary"
          disabled={resumed.fetching}
          onClick={asyncHandler(() => resume({ id: tenant.id }))}
        >
          Resume
        </button>
      ) : own ? null : (
        <button
          type="button"
          className="button small danger"
          onClick={() => {
            setReason('');
            setSuspending(true);
          }}
        >
          Suspend
        </button>
      )}
      {problem && (
        <span className="error small" role="alert">
          {errorMessage(problem)}
        </span>
      )}
      {editing && (
        <ConfirmDialog
          open
          title={`Caps of ${tenant.name}`}
          confirmLabel="Save caps"
          busy={updated.fetching}
          onConfirm={asyncHandler(saveCaps)}
          onCancel={() => setEditing(false)}
        >
          <div className="muted small" style={{ marginBottom: 10 }}>
            The tenant&apos;s admin may set its own limits only up to these.
          </div>
          <div style={{ display: 'grid', gap: 10 }}>
            <CapsFields values={caps} errors={capErrs} onChange={setCaps} />
          </div>
          {updated.error && Object.keys(capErrs).length === 0 && (
            <p className="error" role="alert">
              {errorMessage(updated.error)}
            </p>
          )}
        </ConfirmDialog>
      )}
      {suspending && (
        <ConfirmDialog
          open
          danger
          title={`Suspend ${tenant.name}?`}
          confirmLabel="Suspend tenant"
          busy={suspended.fetching || reason.trim() === ''}
          onConfirm={asyncHandler(doSuspend)}
          onCancel={() => setSuspending(false)}
        >
          <p className="muted small">Its campaigns pause, and its users and API keys are refused with this reason until you resume it.</p>
          <Field label="Reason" name="reason" error={fieldErrors(suspended.error).reason}>
            <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </Field>
          {suspended.error && !fieldErrors(suspended.error).reason && (
            <p className="error" role="alert">
              {errorMessage(suspended.error)}
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
