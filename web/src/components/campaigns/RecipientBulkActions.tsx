'use client';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { asyncHandler } from '@/lib/async-handler';

const Stop = graphql(`
  mutation StopRecipients($campaignId: ID!, $ids: [ID!]!) {
    stopRecipients(campaignId: $campaignId, ids: $ids) {
      affected
      campaign {
        id
        status
      }
    }
  }
`);
const Reactivate = graphql(`
  mutation ReactivateRecipients($campaignId: ID!, $ids: [ID!]!) {
    reactivateRecipients(campaignId: $campaignId, ids: $ids) {
      affected
      campaign {
        id
        status
      }
    }
  }
`);
const AddAttempts = graphql(`
  mutation AddAttemptsToRecipients($campaignId: ID!, $ids: [ID!]!) {
    addAttempts(campaignId: $campaignId, ids: $ids, attempts: 1) {
      affected
      campaign {
        id
        status
      }
    }
  }
`);

/** Actions on the recipients ticked in the table (this page only). */
export function RecipientBulkActions(props: { campaignId: string; ids: string[]; onDone(): void }) {
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stop, doStop] = useMutation(Stop);
  const [react, doReactivate] = useMutation(Reactivate);
  const [add, doAdd] = useMutation(AddAttempts);
  const busy = stop.fetching || react.fetching || add.fetching;
  const vars = { campaignId: props.campaignId, ids: props.ids };

  /** Reports how many of the ticked recipients the API changed (the rest were not in a state it applies to). */
  async function run(label: string, p: Promise<{ error?: CombinedError; affected?: number }>) {
    setNote(null);
    setError(null);
    const r = await p;
    if (r.error) {
      setError(errorMessage(r.error));
      return;
    }
    setNote(`${label}: ${r.affected ?? 0} of ${props.ids.length}.`);
    props.onDone();
  }
  const none = props.ids.length === 0;
  return (
    <div className="row" style={{ alignItems: 'center', marginBottom: 8 }}>
      <span className="small muted">{props.ids.length} selected</span>
      <button
        type="button"
        className="button small"
        disabled={none || busy}
        onClick={asyncHandler(() =>
          run(
            'Stopped',
            doStop(vars).then((r) => ({ error: r.error, affected: r.data?.stopRecipients.affected })),
          ),
        )}
      >
        Stop attempts
      </button>
      <button
        type="button"
        className="button small"
        disabled={none || busy}
        onClick={asyncHandler(() =>
          run(
            'Reactivated',
            doReactivate(vars).then((r) => ({ error: r.error, affected: r.data?.reactivateRecipients.affected })),
          ),
        )}
      >
        Reactivate
      </button>
      <button
        type="button"
        className="button small"
        disabled={none || busy}
        onClick={asyncHandler(() =>
          run(
            'Attempt added',
            doAdd(vars).then((r) => ({ error: r.error, affected: r.data?.addAttempts.affected })),
          ),
        )}
      >
        Add an attempt
      </button>
      {note && (
        <span className="small muted" role="status">
          {note}
        </span>
      )}
      {error && (
        <span className="small error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
