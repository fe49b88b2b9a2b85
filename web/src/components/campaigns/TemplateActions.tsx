'use client';
import Link from 'next/link';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { asyncHandler } from '@/lib/async-handler';
import { CloneButton } from './CloneButton';
import styles from './campaigns.module.css';

/** CampaignActions for a template: make a campaign from it, edit it, or delete it (after asking). */
export function TemplateActions({
  id,
  name,
  busy,
  error,
  onDelete,
}: {
  id: string;
  name: string;
  busy: boolean;
  error: string | null;
  onDelete(): Promise<void>;
}) {
  const [confirm, setConfirm] = useState(false);
  return (
    <div>
      <div className={styles.actions}>
        <CloneButton id={id} name={name} label="Create a campaign from this template" />
        <Link className="button" href={`/campaigns/${id}/edit`}>
          Edit template
        </Link>
        <button type="button" className="button danger" disabled={busy} onClick={() => setConfirm(true)}>
          Delete template
        </button>
      </div>
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
        onConfirm={asyncHandler(async () => {
          setConfirm(false);
          await onDelete();
        })}
      >
        Campaigns made from it are not affected.
      </ConfirmDialog>
    </div>
  );
}
