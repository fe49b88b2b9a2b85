'use client';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { CampaignForm } from './CampaignForm';

const EditQuery = graphql(`
  query EditCampaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignSettings
      status
    }
  }
`);

/** Loads the campaign's settings into the form; the API refuses edits while it is live. */
export function EditCampaign({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: EditQuery, variables: { id } });
  if (error) return <div className="card error">{errorMessage(error)}</div>;
  if (!data) return <div className="muted">Loading…</div>;
  const live = ['SCHEDULED', 'RUNNING', 'PAUSED'].includes(data.campaign.status);
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Edit {data.campaign.name}</h1>
        </div>
      </div>
      {live && (
        <div className="notice warn">
          This campaign is {data.campaign.status.toLowerCase()}: pause is not enough, cancel it before editing.
        </div>
      )}
      <CampaignForm campaign={data.campaign} />
    </>
  );
}
