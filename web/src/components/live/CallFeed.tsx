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
        agentName
        amdResult
        amdCause
        reason
      }
    }
  }
`);

type Row = CallEventsSubscription['callEvents']['events'][number];
const KEEP = 60;

/** Phase names a person reads (the rest are humanized as they come). */
const PHASE: Record<string, string> = { amd: 'Machine detection' };

/** What a row adds to its phase: the AMD verdict, the agent bridged to, why it was abandoned, the outcome. */
function detail(e: Row): string {
  if (e.state === 'amd') return `${humanize(e.amdResult ?? 'unknown')}${e.amdCause ? ` (${humanize(e.amdCause)})` : ''}`;
  if (e.state === 'bridged') return e.agentName ? `to ${e.agentName}` : 'to extension or queue';
  if (e.state === 'abandoned') return e.reason ? humanize(e.reason) : '';
  return e.outcome ? humanize(e.outcome) : '';
}

/** Call state changes as they happen (newest first); onActivity lets the page refresh its counters. */
export function CallFeed({ campaignId, onActivity }: { campaignId: string; onActivity(): void }) {
  const [rows, setRows] = useState<Row[]>([]);
  // Each call's number as first seen: a row without one (an older server's hangup) still shows it.
  const [numbers] = useState(() => new Map<string, string>());
  useSubscription({ query: CallEventsSub, variables: { campaignId } }, (_prev, next) => {
    const events = next.callEvents.events.map((e) => {
      if (e.number) numbers.set(e.callId, e.number);
      return e.number ? e : { ...e, number: numbers.get(e.callId) ?? '' };
    });
    if (numbers.size > KEEP * 4) for (const k of [...numbers.keys()].slice(0, KEEP * 2)) numbers.delete(k);
    setRows((r) => [...events.reverse(), ...r].slice(0, KEEP));
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
          <span className={`${styles.callState} ${styles[e.state] ?? ''}`}>{PHASE[e.state] ?? humanize(e.state)}</span>
          <span className="small">{detail(e)}</span>
        </div>
      ))}
    </div>
  );
}
