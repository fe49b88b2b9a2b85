'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { asyncHandler } from '@/lib/async-handler';

const Templates = graphql(`
  query CampaignTemplates {
    campaigns(first: 100, filter: { isTemplate: true }) {
      nodes {
        id
        name
        templateEnabled
      }
    }
  }
`);
const FromTemplateMutation = graphql(`
  mutation CampaignFromTemplate($id: ID!, $name: String) {
    cloneCampaign(id: $id, name: $name, asTemplate: false) {
      id
    }
  }
`);

/** Starts a campaign as a copy of an enabled template (its recipients too), then opens it for editing. */
export function FromTemplate() {
  const router = useRouter();
  const [{ data }] = useQuery({ query: Templates });
  const [templateId, setTemplateId] = useState('');
  const [name, setName] = useState('');
  const [state, clone] = useMutation(FromTemplateMutation);
  // A disabled template creates no campaign (the API answers CONFLICT): not offered.
  const templates = (data?.campaigns.nodes ?? []).filter((t) => t.templateEnabled);
  if (templates.length === 0) return null;
  return (
    <div className="card">
      <h2>Start from a template</h2>
      <div className="row">
        <select aria-label="Template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">Choose a template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <input
          aria-label="Name of the new campaign"
          placeholder="Name of the new campaign"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className="button primary"
          disabled={!templateId || state.fetching}
          onClick={asyncHandler(async () => {
            const r = await clone({ id: templateId, name: name.trim() || null });
            if (r.data) router.push(`/campaigns/${r.data.cloneCampaign.id}/edit`);
          })}
        >
          Create from template
        </button>
      </div>
      {state.error && (
        <p className="error" role="alert">
          {errorMessage(state.error)}
        </p>
      )}
    </div>
  );
}
