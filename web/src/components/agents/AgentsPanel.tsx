'use client';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { AgentRowFragment, AgentState } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { useThrottled } from '@/lib/use-throttled';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { AgentStateBadge } from './AgentStateBadge';
import { NewAgentForm } from './NewAgentForm';
import { asyncHandler } from '@/lib/async-handler';

export const AgentRowFields = graphql(`
  fragment AgentRow on Agent {
    id
    name
    endpoint
    state
    stateChangedAt
    userId
    wrapUpSeconds
    callTimeoutSeconds
    maxNoAnswer
    consecutiveNoAnswers
    phoneRegistered
    phoneCheckedAt
    breakCause
  }
`);
const AgentsQuery = graphql(`
  query Agents {
    agents {
      ...AgentRow
    }
    users {
      id
      email
      name
      role
    }
    agentAssignments {
      agentId
      campaignId
      level
    }
    campaigns(first: 200, filter: { status: [CREATED, SCHEDULED, RUNNING, PAUSED, INCOMPLETE, CANCELLED] }) {
      nodes {
        id
        name
        type
      }
    }
  }
`);
const AgentStateChanged = graphql(`
  subscription AgentStateChanged {
    agentStateChanged {
      agentId
      state
      previous
      at
      by
      name
    }
  }
`);
const SetAgentState = graphql(`
  mutation SetAgentState($id: ID!, $state: AgentState!) {
    setAgentState(id: $id, state: $state) {
      ...AgentRow
    }
  }
`);
const DeleteAgent = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id) {
      id
    }
  }
`);
const AssignAgent = graphql(`
  mutation AssignAgent($agentId: ID!, $campaignId: ID!, $level: Int!) {
    assignAgent(agentId: $agentId, campaignId: $campaignId, level: $level) {
      agentId
      campaignId
      level
    }
  }
`);
const UnassignAgent = graphql(`
  mutation UnassignAgent($agentId: ID!, $campaignId: ID!) {
    unassignAgent(agentId: $agentId, campaignId: $campaignId)
  }
`);

const FORCEABLE: AgentState[] = ['AVAILABLE', 'BREAK', 'LOGGED_OUT'];

const PHONE_POLL_MS = 5000;

/** Whether the agent's phone is registered on the switch (only registered phones are offered calls). */
function PhoneStatus({ registered }: { registered: boolean | null }) {
  const text = registered === null ? 'phone not checked yet' : registered ? 'phone registered' : 'phone not registered: no calls offered';
  return (
    <div className={`small ${registered === false ? 'error' : 'muted'}`} data-testid="phone-status">
      {text}
    </div>
  );
}

/** Agents with their live state, the user each signs in as, and the campaigns (tiers) they take calls for. */
export function AgentsPanel() {
  const [{ data, error }, reexecute] = useQuery({ query: AgentsQuery });
  const refresh = useThrottled(() => reexecute({ requestPolicy: 'network-only' }), 1000);
  useSubscription({ query: AgentStateChanged }, (_p, next) => {
    refresh();
    return next;
  });
  // Phone registrations change without a state change: the dialer checks them every few seconds.
  useEffect(() => {
    const t = setInterval(refresh, PHONE_POLL_MS);
    return () => clearInterval(t);
  }, [refresh]);
  const [forced, force] = useMutation(SetAgentState);
  const [deleted, remove] = useMutation(DeleteAgent);
  const [assigned, assign] = useMutation(AssignAgent);
  const [, unassign] = useMutation(UnassignAgent);
  const [toDelete, setToDelete] = useState<AgentRowFragment | null>(null);
  const [assignTo, setAssignTo] = useState<Record<string, string>>({});

  const campaignName = (id: string) => data?.campaigns.nodes.find((c) => c.id === id)?.name ?? id.slice(0, 8);
  const agentUsers = data?.users.filter((u) => u.role === 'AGENT') ?? [];

  return (
    <>
      <NewAgentForm users={agentUsers} onCreated={() => reexecute({ requestPolicy: 'network-only' })} />
      {(error || forced.error || deleted.error || assigned.error) && (
        <p className="error" role="alert">
          {errorMessage(error ?? forced.error ?? deleted.error ?? assigned.error)}
        </p>
      )}
      <table className="table" data-testid="agents">
        <thead>
          <tr>
            <th>Agent</th>
            <th>State</th>
            <th>Signs in as</th>
            <th>Campaigns (tier)</th>
            <th>Force</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.agents.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                No agents yet.
              </td>
            </tr>
          )}
          {data?.agents.map((a) => {
            const tiers = data.agentAssignments.filter((x) => x.agentId === a.id);
            return (
              <tr key={a.id} data-testid="agent-row">
                <td>
                  <b>{a.name}</b>
                  <div className="mono small muted">{a.endpoint}</div>
                  <PhoneStatus registered={a.phoneRegistered ?? null} />
                </td>
                <td>
                  <AgentStateBadge state={a.state} />
                  <div className="small muted">since {new Date(a.stateChangedAt).toLocaleTimeString()}</div>
                  {a.breakCause && (
                    <div className="small error" data-testid="break-cause">
                      forced break: {a.maxNoAnswer} offers not taken, last {a.breakCause}
                    </div>
                  )}
                </td>
                <td className="small">{data.users.find((u) => u.id === a.userId)?.email ?? '—'}</td>
                <td className="small">
                  {tiers.map((x) => (
                    <div key={x.campaignId}>
                      {campaignName(x.campaignId)} ({x.level}){' '}
                      <button
                        type="button"
                        className="button ghost small"
                        aria-label={`Remove ${a.name} from ${campaignName(x.campaignId)}`}
                        onClick={asyncHandler(async () => {
                          await unassign({ agentId: a.id, campaignId: x.campaignId });
                          reexecute({ requestPolicy: 'network-only' });
                        })}
                      >
                        ✕
                      </button>
                    </div>
                  ))}
                  <div className="row" style={{ gap: 4, marginTop: 4 }}>
                    <select
                      aria-label={`Assign ${a.name} to`}
                      value={assignTo[a.id] ?? ''}
                      onChange={(e) => setAssignTo({ ...assignTo, [a.id]: e.target.value })}
                    >
                      <option value="">Add to campaign…</option>
                      {data.campaigns.nodes
                        .filter((c) => c.type === 'AGENT' && !tiers.some((x) => x.campaignId === c.id))
                        .map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                    </select>
                    <button
                      type="button"
                      className="button small"
                      disabled={!assignTo[a.id]}
                      onClick={asyncHandler(async () => {
                        const campaignId = assignTo[a.id];
                        if (!campaignId) return;
                        await assign({ agentId: a.id, campaignId, level: 1 });
                        setAssignTo({ ...assignTo, [a.id]: '' });
                        reexecute({ requestPolicy: 'network-only' });
                      })}
                    >
                      Assign
                    </button>
                  </div>
                </td>
                <td>
                  <select
                    aria-label={`Force ${a.name}`}
                    value=""
                    onChange={(e) => {
                      if (e.target.value) void force({ id: a.id, state: e.target.value as AgentState });
                    }}
                  >
                    <option value="">Set state…</option>
                    {FORCEABLE.filter((s) => s !== a.state).map((s) => (
                      <option key={s} value={s}>
                        {s.replace('_', ' ').toLowerCase()}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="button danger small" onClick={() => setToDelete(a)}>
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete agent ${toDelete?.name ?? ''}?`}
        confirmLabel="Delete agent"
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={asyncHandler(async () => {
          if (toDelete) await remove({ id: toDelete.id });
          setToDelete(null);
          reexecute({ requestPolicy: 'network-only' });
        })}
      >
        Its campaign assignments are removed too. Refused while it is on a call.
      </ConfirmDialog>
    </>
  );
}
