'use client';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { AgentState, DeskCallFragment } from '@/gql/graphql';
import { errorCode, errorMessage } from '@/lib/errors';
import { AgentStateBadge } from './AgentStateBadge';
import { canMoveMyself, lockedReason } from './desk-moves';
import { ScreenPop } from './ScreenPop';
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
    preview
    offerExpiresAt
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
  // The desk's own Dial / Skip, shown at once (the DIALING or WITHDRAWN push confirms it).
  const [decided, setDecided] = useState<{ callId: string; dial: boolean } | null>(null);
  const agentId = data?.myAgent.id;
  const [current] = useQuery({ query: MyCurrentCall, pause: !agentId, requestPolicy: 'network-only' });
  // A push that arrives later always wins over what the desk found on opening.
  const latest: Call | null = pushed ?? current.data?.myCurrentCall ?? null;
  const shown = deskCall(latest, decided);
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
  const locked = lockedReason(me.state);
  // Not answered, and the dialer has let the agent go since it was offered: that call is over.
  const missed = !!shown && shown.phase !== 'BRIDGED' && me.state !== 'RESERVED' && new Date(me.stateChangedAt) > new Date(shown.at);
  const call = missed ? null : shown;
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
            disabled={setState.fetching || !canMoveMyself(me.state, s)}
            title={locked ?? undefined}
            onClick={asyncHandler(() => doSet({ state: s }))}
          >
            {label}
          </button>
        ))}
      </div>
      {locked && (
        <p className="muted small" data-testid="state-locked">
          {locked}
        </p>
      )}
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
          {latest?.phase === 'WITHDRAWN' || decided?.dial === false ? 'Offer skipped. ' : ''}
          {missed ? 'The last call ended before it was answered. ' : ''}
          {me.state === 'AVAILABLE' || me.state === 'RESERVED' ? 'Waiting for a call…' : 'Set yourself available to take calls.'}
        </div>
      )}
      {call && (
        <ScreenPop
          call={call}
          reported={reported}
          onReported={setReported}
          onDecided={(dial) => setDecided({ callId: call.callId, dial })}
        />
      )}
    </>
  );
}

/** What the desk shows: nothing for a withdrawn offer; a dialed preview as DIALING until the switch says more. */
function deskCall(latest: Call | null, decided: { callId: string; dial: boolean } | null): Call | null {
  if (!latest || latest.phase === 'WITHDRAWN') return null;
  if (decided?.callId !== latest.callId || latest.phase !== 'OFFERED') return latest;
  return decided.dial ? { ...latest, phase: 'DIALING', offerExpiresAt: null } : null;
}
