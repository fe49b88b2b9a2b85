'use client';
import { useRouter } from 'next/navigation';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { asyncHandler } from '@/lib/async-handler';

const CloneCampaign = graphql(`
  mutation CloneCampaign($id: ID!, $name: String, $asTemplate: Boolean!) {
    cloneCampaign(id: $id, name: $name, asTemplate: $asTemplate) {
      id
      name
      status
    }
  }
`);

/** Copies a campaign's settings into a new CREATED campaign and opens it. */
export function CloneButton({ id, name, asTemplate = false, label }: { id: string; name: string; asTemplate?: boolean; label?: string }) {
  const router = useRouter();
  const [state, clone] = useMutation(CloneCampaign);
  const run = async () => {
    const r = await clone({ id, asTemplate, name: asTemplate ? `${name} (template)` : `${name} (copy)` });
    if (r.data) router.push(`/campaigns/${r.data.cloneCampaign.id}`);
  };
  return (
    <>
      <button type="button" className={label ? 'button primary' : 'button'} onClick={asyncHandler(run)} disabled={state.fetching}>
        {label ?? (asTemplate ? 'Save as template' : 'Clone')}
      </button>
      {state.error && <span className="error small">{errorMessage(state.error)}</span>}
    </>
  );
}
