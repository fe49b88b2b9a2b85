'use client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { asyncHandler } from '@/lib/async-handler';

const ActiveLists = graphql(`
  query ActiveLists {
    recipientLists {
      id
      name
      status
      contactCount
    }
  }
`);
const Attach = graphql(`
  mutation AttachList($campaignId: ID!, $listId: ID!) {
    attachList(campaignId: $campaignId, listId: $listId, onDuplicate: SKIP) {
      added
      skipped
      campaign {
        id
        status
      }
    }
  }
`);

/** Copies an ACTIVE list's contacts into the campaign (numbers it already has are skipped). */
export function AttachList({ campaignId, onDone }: { campaignId: string; onDone(): void }) {
  const [{ data }] = useQuery({ query: ActiveLists });
  const [listId, setListId] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [state, attach] = useMutation(Attach);
  const lists = data?.recipientLists.filter((l) => l.status === 'ACTIVE') ?? [];
  if (lists.length === 0) return null;
  return (
    <div className="row" style={{ alignItems: 'center', marginTop: 10 }}>
      <select aria-label="List to attach" value={listId} onChange={(e) => setListId(e.target.value)}>
        <option value="">Attach a list…</option>
        {lists.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name} ({l.contactCount})
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={!listId || state.fetching}
        onClick={asyncHandler(async () => {
          setNote(null);
          const r = await attach({ campaignId, listId });
          if (r.data) {
            setNote(`${r.data.attachList.added} added from the list, ${r.data.attachList.skipped} skipped.`);
            onDone();
          }
        })}
      >
        Attach
      </button>
      {note && (
        <span className="muted" role="status">
          {note}
        </span>
      )}
      {state.error && (
        <span className="error" role="alert">
          {errorMessage(state.error)}
        </span>
      )}
    </div>
  );
}
