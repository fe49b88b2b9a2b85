'use client';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { AgentState, DeskCallFragment } from '@/gql/graphql';
import { errorCode, errorMessage } from '@/lib/errors';
import { humanize } from '@/lib/format';
import { AgentStateBadge } from './AgentStateBadge';
import { CallResultForm } from './CallResultForm';
import styles from './desk.module.css';
import { asyncHandler } from '@/lib/async-handler';

const MyAgent = graphql(`
  query MyAgent {
    myAgent {
      id
      name
      endpoint
      state
      stateChangedAt
      wrapUpSeconds
      phoneRegistered
      breakCause
    }
  }
`);
const SetMyState = graphql(`
  mutation SetMyAgentState($state: AgentState!) {
    setMyAgentState(state: $state) {
      id
      state
      stateChangedAt
    }
  }
`);
// One set of fields for the push and for the desk's opening read of the call in hand.
const DeskCall = graphql(`
  fragment DeskCall on AgentCall {
    callId
    phase
    at
    attemptNumber
    number
    campaignId
    campaignName
    recipient {
      id
      name
      externalId
      fields
      originalLine
      tags
      attempts
      comment
      disposition
      timeZone
      phones {
        number
        priority
        stopped
      }
    }
  }
`);
const MyCalls = graphql(`
  subscription MyCalls {
    myCalls {
      ...DeskCall
    }
  }
`);
const MyCurrentCall = graphql(`
  query MyCurrentCall {
    myCurrentCall {
      ...DeskCall
    }
  }
`);
const MyStateChanged = graphql(`
  subscription MyAgentStateChanged($agentId: ID) {
    agentStateChanged(agentId: $agentId) {
      agentId
      state
      at
      by
    }
  }
`);

type Call = DeskCallFragment;
const MINE: Array<[AgentState, string]> = [
  ['AVAILABLE', 'Available'],
  ['BREAK', 'Break'],
  ['LOGGED_OUT', 'Log out'],
];

/** The agent's screen: own state, the screen-pop of the offered/bridged call, and its result. */
export function AgentDesk() {
  const [{ data, error }, reexecute] = useQuery({ query: MyAgent });
  const [setState, doSet] = useMutation(SetMyState);
  const [pushed, setPushed] = useState<Call | null>(null);
  const [reported, setReported] = useState<string | null>(null);
  const agentId = data?.myAgent.id;
  const [current] = useQuery({ query: MyCurrentCall, pause: !agentId, requestPolicy: 'network-only' });
  // A push that arrives later always wins over what the desk found on opening.
  const call: Call | null = pushed ?? current.data?.myCurrentCall ?? null;
  useSubscription({ query: MyCalls, pause: !agentId }, (_p, next) => {
    setPushed(next.myCalls);
    setReported(null);
    return next;
  });
  useSubscription({ query: MyStateChanged, variables: { agentId }, pause: !agentId }, (_p, next) => {
    reexecute({ requestPolicy: 'network-only' });
    return next;
  });
  // The phone's registration changes without a state change (the dialer checks it every few seconds).
  useEffect(() => {
    const t = setInterval(() => reexecute({ requestPolicy: 'network-only' }), 5000);
    return () => clearInterval(t);
  }, [reexecute]);

  if (error) {
    return (
      <div className="card">
        {errorCode(error) === 'NOT_FOUND' ? (
          'Your user is not linked to an agent yet: ask a supervisor (Agents page).'
        ) : (
          <span className="error">{errorMessage(error)}</span>
        )}
      </div>
    );
  }
  if (!data) return <div className="muted">Loading…</div>;
  const me = data.myAgent;
  return (
    <>
      <div className={`card ${styles.bar}`} data-testid="my-state">
        <div>
          <b>{me.name}</b> <span className="mono small muted">{me.endpoint}</span>
        </div>
        <AgentStateBadge state={me.state} />
        <span className="spacer" style={{ flex: 1 }} />
        {MINE.map(([s, label]) => (
          <button
            key={s}
            type="button"
            className={`button ${s === 'AVAILABLE' ? 'primary' : ''}`}
            disabled={setState.fetching || me.state === s}
            onClick={asyncHandler(() => doSet({ state: s }))}
          >
            {label}
          </button>
        ))}
      </div>
      {me.phoneRegistered === false && (
        <p className="error" role="alert" data-testid="phone-not-registered">
          Your phone ({me.endpoint}) is not registered on the switch: no calls are offered until it is.
        </p>
      )}
      {me.state === 'BREAK' && me.breakCause && (
        <p className="error" role="alert" data-testid="forced-break">
          Put on a break: your phone did not take the last calls offered (last: {me.breakCause}).
        </p>
      )}
      {setState.error && (
        <p className="error" role="alert">
          {errorMessage(setState.error)}
        </p>
      )}
      {!call && (
        <div className="card empty" data-testid="no-call">
          {me.state === 'AVAILABLE' ? 'Waiting for a call…' : 'Set yourself available to take calls.'}
        </div>
      )}
      {call && (
        <div className={styles.pop} data-testid="screen-pop" data-phase={call.phase}>
          <div className="card">
            <div className={styles.popHead}>
              <span className={`badge ${call.phase === 'BRIDGED' ? styles.bridged : styles.offered}`}>
                {call.phase === 'BRIDGED' ? 'On the line' : 'Ringing'}
              </span>
              <h2 style={{ margin: 0 }}>{call.recipient.name || call.number}</h2>
              <span className="muted">
                {call.campaignName} · attempt {call.attemptNumber}
              </span>
            </div>
            <div className="grid3 small" style={{ marginTop: 12 }}>
              <div>
                <span className="muted">Number dialed</span>
                <div className="mono">{call.number}</div>
              </div>
              <div>
                <span className="muted">All numbers</span>
                <div className="mono">{call.recipient.phones.map((p) => p.number).join(', ')}</div>
              </div>
              <div>
                <span className="muted">External id</span>
                <div>{call.recipient.externalId ?? '—'}</div>
              </div>
              <div>
                <span className="muted">Time zone</span>
                <div>{call.recipient.timeZone ?? '—'}</div>
              </div>
              <div>
                <span className="muted">Tags</span>
                <div>{call.recipient.tags.join(', ') || '—'}</div>
              </div>
              <div>
                <span className="muted">Attempts so far</span>
                <div>{call.recipient.attempts}</div>
              </div>
              {Object.entries(call.recipient.fields).map(([k, v]) => (
                <div key={k}>
                  <span className="muted">{humanize(k)}</span>
                  <div data-field-name={k}>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</div>
                </div>
              ))}
              {call.recipient.comment && (
                <div style={{ gridColumn: '1 / -1' }}>
                  <span className="muted">Notes</span>
                  <div>{call.recipient.comment}</div>
                </div>
              )}
              {call.recipient.originalLine && (
                <div style={{ gridColumn: '1 / -1' }}>
                  <span className="muted">Original line</span>
                  <div className="mono">{call.recipient.originalLine}</div>
                </div>
              )}
            </div>
          </div>
          <div className="card">
            <h2>Result</h2>
            {reported ? (
              <p role="status">{reported}</p>
            ) : (
              <CallResultForm
                callId={call.callId}
                numbers={call.recipient.phones.map((p) => p.number)}
                onDone={(state) => setReported(`Saved. The recipient is now ${humanize(state).toLowerCase()}.`)}
              />
            )}
          </div>
        </div>
      )}
    </>
  );
}
