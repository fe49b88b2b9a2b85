'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { asyncHandler } from '@/lib/async-handler';
import { errorCode, errorMessage } from '@/lib/errors';
import { CloneButton } from './CloneButton';
import styles from './campaigns.module.css';

const SetEnabled = graphql(`
  mutation SetTemplateEnabled($id: ID!, $enabled: Boolean!) {
    updateCampaign(id: $id, input: { templateEnabled: $enabled }) {
      id
      templateEnabled
    }
  }
`);
const DeleteTemplate = graphql(`
  mutation DeleteTemplate($id: ID!, $force: Boolean!) {
    deleteCampaign(id: $id, force: $force) {
      id
    }
  }
`);

/**
 * CampaignActions for a template: enable or disable it, make a campaign from it (enabled only),
 * edit it, or delete it. Deleting one that campaigns came from shows the API's warning naming
 * them, and a second, explicit "Delete anyway" (force).
 */
export function TemplateActions({ id, name, enabled, onDone }: { id: string; name: string; enabled: boolean; onDone(): void }) {
  const [confirm, setConfirm] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toggle, doToggle] = useMutation(SetEnabled);
  const [del, doDelete] = useMutation(DeleteTemplate);
  const router = useRouter();
  const busy = toggle.fetching || del.fetching;

  const remove = async (force: boolean) => {
    setConfirm(false);
    setError(null);
    const r = await doDelete({ id, force });
    if (!r.error) return router.push('/campaigns/templates');
    // CONFLICT here names the campaigns created from it (or says it is not deletable now).
    if (!force && errorCode(r.error) === 'CONFLICT' && /force: true/.test(errorMessage(r.error) ?? '')) setWarning(errorMessage(r.error));
    else setError(errorMessage(r.error));
  };
  const setEnabled = async (value: boolean) => {
    setError(null);
    const r = await doToggle({ id, enabled: value });
    if (r.error) setError(errorMessage(r.error));
    else onDone();
  };

  return (
    <div>
      <div className={styles.actions}>
        <label className="row" style={{ alignItems: 'center', gap: 6 }} data-testid="template-enabled">
          <input type="checkbox" checked={enabled} disabled={busy} onChange={(e) => void setEnabled(e.target.checked)} />
          Enabled
        </label>
        {enabled ? (
          <CloneButton id={id} name={name} label="Create a campaign from this template" />
        ) : (
          <span className="muted small">Disabled: no campaign can be created from it.</span>
        )}
        <Link className="button" href={`/campaigns/${id}/edit`}>
          Edit template
        </Link>
        <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm(true)}>
          Delete template
        </button>
      </div>
      {warning && (
        <div className="error" role="alert" data-testid="template-delete-warning">
          <p>{warning}</p>
          <button type="button" className="button danger" disabled={busy} onClick={asyncHandler(() => remove(true))}>
            Delete anyway
          </button>{' '}
          <button type="button" className="button" onClick={() => setWarning(null)}>
            Keep it
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirm}
        title={`Delete ${name}?`}
        confirmLabel="Delete template"
        danger
        busy={busy}
        onCancel={() => setConfirm(false)}
        onConfirm={asyncHandler(() => remove(false))}
      >
        Campaigns made from it keep running and keep its recipients; you will be warned if there are any.
      </ConfirmDialog>
    </div>
  );
}
