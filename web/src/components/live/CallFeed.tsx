'use client';
import { useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { CallEventsSubscription } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import styles from './live.module.css';

const CallEventsSub = graphql(`
  subscription CallEvents($campaignId: ID!) {
    callEvents(campaignId: $campaignId) {
      campaignId
      events {
        at
        callId
        recipientId
        number
        state
        outcome
      }
    }
  }
`);

type Row = CallEventsSubscription['callEvents']['events'][number];
const KEEP = 60;

/** Call state changes as they happen (newest first); onActivity lets the page refresh its counters. */
export function CallFeed({ campaignId, onActivity }: { campaignId: string; onActivity(): void }) {
  const [rows, setRows] = useState<Row[]>([]);
  useSubscription({ query: CallEventsSub, variables: { campaignId } }, (_prev, next) => {
    setRows((r) => [...[...next.callEvents.events].reverse(), ...r].slice(0, KEEP));
    onActivity();
    return next;
  });
  return (
    <div className={styles.feed} data-testid="call-feed">
      {rows.length === 0 && <div className="muted small">No calls since this page opened.</div>}
      {rows.map((e, i) => (
        <div key={`${e.callId}-${e.state}-${i}`} className={styles.feedRow} data-state={e.state}>
          <span className="small muted">{new Date(e.at).toLocaleTimeString()}</span>
          <span className="mono">{e.number || '—'}</span>
          <span className={`${styles.callState} ${styles[e.state] ?? ''}`}>{humanize(e.state)}</span>
          <span className="small">{e.outcome ? humanize(e.outcome) : ''}</span>
        </div>
      ))}
    </div>
  );
}
