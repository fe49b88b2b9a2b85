'use client';
import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import styles from './live.module.css';

const DialerStatusFields = graphql(`
  fragment DialerStatusFields on DialerStatus {
    at
    node
    leader
    switchUp
    activeCalls
    callsPerSecond
    runningCampaigns
  }
`);
const DialerStatusQuery = graphql(`
  query DialerStatus {
    dialerStatus {
      ...DialerStatusFields
    }
  }
`);
const DialerStatusSub = graphql(`
  subscription DialerStatusChanged {
    dialerStatus {
      ...DialerStatusFields
    }
  }
`);

/** Is the dialer alive and is the switch up? Heartbeat about once a second. */
export function DialerStatusCard() {
  const [initial] = useQuery({ query: DialerStatusQuery });
  const [pushed] = useSubscription({ query: DialerStatusSub });
  const s = pushed.data?.dialerStatus ?? initial.data?.dialerStatus;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  if (initial.error && !s) return <div className="card error">{errorMessage(initial.error)}</div>;
  if (!s) return <div className="card muted">Dialer status…</div>;
  const age = Math.max(0, Math.round((now - new Date(s.at).getTime()) / 1000));
  const stale = age > 5;
  return (
    <div className={`card ${styles.status}`} data-testid="dialer-status" data-switch={s.switchUp ? 'up' : 'down'}>
      <span className={`badge ${s.switchUp ? styles.ok : styles.bad}`}>Switch {s.switchUp ? 'up' : 'down'}</span>
      <span>
        Dialer <b>{s.node}</b>
        {s.leader ? ' (leader)' : ''}
      </span>
      <span>
        Active calls <b>{s.activeCalls}</b>
      </span>
      <span>
        Originates/s <b>{s.callsPerSecond.toFixed(1)}</b>
      </span>
      <span>
        Running campaigns <b>{s.runningCampaigns}</b>
      </span>
      <span className={stale ? 'error' : 'muted'}>{stale ? `No heartbeat for ${age} s` : `Heartbeat ${age} s ago`}</span>
    </div>
  );
}
