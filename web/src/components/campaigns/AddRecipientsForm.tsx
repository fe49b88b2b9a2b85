'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { parseRecipientLines } from '@/lib/recipient-lines';
import { AttachList } from '@/components/lists/AttachList';
import { asyncHandler } from '@/lib/async-handler';

const AddRecipients = graphql(`
  mutation AddRecipients($campaignId: ID!, $recipients: [RecipientInput!]!, $autoRun: Boolean!) {
    addRecipients(campaignId: $campaignId, recipients: $recipients, autoRun: $autoRun, onDuplicate: SKIP) {
      added
      skipped
      campaign {
        id
        status
      }
    }
  }
`);

/**
 * Quick manual entry until list import lands: up to 10,000 lines per call, all or nothing.
 * A template holds recipients for the campaigns created from it but is never started.
 */
export function AddRecipientsForm({
  campaignId,
  onDone,
  isTemplate = false,
}: {
  campaignId: string;
  onDone(): void;
  isTemplate?: boolean;
}) {
  const [text, setText] = useState('');
  const [autoRun, setAutoRun] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [state, add] = useMutation(AddRecipients);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const recipients = parseRecipientLines(text);
    if (recipients.length === 0) {
      setNote('Enter at least one line.');
      return;
    }
    const r = await add({ campaignId, recipients, autoRun });
    if (r.data) {
      setNote(`${r.data.addRecipients.added} added, ${r.data.addRecipients.skipped} skipped as duplicates.`);
      setText('');
      onDone();
    }
  };
  return (
    <form className="card" onSubmit={asyncHandler(submit)} aria-label="Add recipients">
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h2>Add recipients</h2>
        <Link className="button" href={`/campaigns/${campaignId}/import`}>
          Import a file (CSV, TXT, JSON)
        </Link>
      </div>
      <label className="field">
        <span>
          One per line: <code>number|other number, name</code>
        </span>
        <textarea
          name="recipients"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'+12125550101, Ada Lovelace\n+12125550102|+12125550103, Alan Turing'}
        />
      </label>
      <div className="row" style={{ marginTop: 10 }}>
        {!isTemplate && (
          <label className="check">
            <input type="checkbox" checked={autoRun} onChange={(e) => setAutoRun(e.target.checked)} /> Start (or reopen) the campaign
          </label>
        )}
        <button type="submit" className="button primary" disabled={state.fetching}>
          Add
        </button>
        {note && (
          <span className="muted" role="status">
            {note}
          </span>
        )}
      </div>
      {state.error && (
        <p className="error" role="alert">
          {errorMessage(state.error)}
        </p>
      )}
      <AttachList campaignId={campaignId} onDone={onDone} />
    </form>
  );
}
