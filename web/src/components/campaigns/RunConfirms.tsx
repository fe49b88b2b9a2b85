'use client';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';

/** The campaign actions that ask first, in the order their dialogs are rendered. */
export type RunConfirm = 'cancel' | 'terminate' | 'purge' | 'deleteAll';

const TEXTS: Record<RunConfirm, { title: string; confirmLabel: string; body: string }> = {
  cancel: {
    title: 'Cancel this campaign?',
    confirmLabel: 'Cancel campaign',
    body: 'No new calls are placed; calls in progress end normally and pending callbacks are cancelled. You can restart it later.',
  },
  terminate: {
    title: 'Terminate this campaign?',
    confirmLabel: 'Terminate',
    body: 'It is closed for good and can never dial again. Its history and reports are kept.',
  },
  purge: {
    title: 'Purge pending recipients?',
    confirmLabel: 'Purge',
    body: 'Waiting recipients never called are removed; those with call history are stopped. This cannot be undone.',
  },
  deleteAll: {
    title: 'Delete every recipient?',
    confirmLabel: 'Delete all recipients',
    body: 'All recipients of this campaign and their progress are removed. This cannot be undone.',
  },
};

/** The confirmation dialogs of CampaignActions for cancel, terminate, purge and delete-all recipients. */
export function RunConfirms({
  open,
  busy,
  onCancel,
  onConfirm,
}: {
  open: string | null;
  busy: boolean;
  onCancel(): void;
  onConfirm(k: RunConfirm): void;
}) {
  return (
    <>
      {(Object.keys(TEXTS) as RunConfirm[]).map((k) => (
        <ConfirmDialog
          key={k}
          open={open === k}
          title={TEXTS[k].title}
          confirmLabel={TEXTS[k].confirmLabel}
          danger
          busy={busy}
          onCancel={onCancel}
          onConfirm={() => onConfirm(k)}
        >
          {TEXTS[k].body}
        </ConfirmDialog>
      ))}
    </>
  );
}
