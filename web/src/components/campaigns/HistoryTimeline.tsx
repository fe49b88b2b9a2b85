'use client';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import type { CampaignEventRowFragment } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { StatusBadge } from './StatusBadge';
import styles from './campaigns.module.css';

export const CampaignEventRowFields = graphql(`
  fragment CampaignEventRow on CampaignEvent {
    id
    at
    action
    actorKind
    actorLabel
    fromStatus
    toStatus
    details
    configSnapshot
  }
`);

const EventsQuery = graphql(`
  query CampaignEvents($campaignId: ID!, $first: Int!, $after: String) {
    campaignEvents(campaignId: $campaignId, first: $first, after: $after) {
      nodes {
        ...CampaignEventRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

function EventItem({ e }: { e: CampaignEventRowFragment }) {
  const text = detailText(e.details);
  return (
    <li data-testid="history-event" data-action={e.action} data-to={e.toStatus ?? ''}>
      <div className={styles.eventHead}>
        <span className={styles.eventAction}>{humanize(e.action)}</span>
        {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
          <>
            <StatusBadge value={e.fromStatus} /> → <StatusBadge value={e.toStatus} />
          </>
        )}
        {!e.fromStatus && e.toStatus && <StatusBadge value={e.toStatus} />}
      </div>
      <div className={styles.eventMeta}>
        {formatDateTime(e.at)} · {e.actorLabel} ({humanize(e.actorKind)})
      </div>
      {text && <div className={styles.details}>{text}</div>}
      {e.configSnapshot && (
        <details className={styles.details}>
          <summary>Configuration at this start</summary>
          <pre className="mono" style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto', fontSize: 11 }}>
            {JSON.stringify(e.configSnapshot, null, 2)}
          </pre>
        </details>
      )}
    </li>
  );
}

/** The campaign's status history: every state change and user action, who and when. */
export function HistoryTimeline({ campaignId, tick }: { campaignId: string; tick: number }) {
  const [first, setFirst] = useState(50);
  const [{ data, error }, reexecute] = useQuery({ query: EventsQuery, variables: { campaignId, first } });
  useEffect(() => {
    if (tick > 0) reexecute({ requestPolicy: 'network-only' });
  }, [tick, reexecute]);
  const conn = data?.campaignEvents;
  return (
    <div className="card">
      <h2>Status history</h2>
      {error && <p className="error">{errorMessage(error)}</p>}
      {conn && conn.nodes.length === 0 && <div className="muted">Nothing yet.</div>}
      <ul className={styles.timeline} data-testid="history">
        {conn?.nodes.map((e) => (
          <EventItem key={e.id} e={e} />
        ))}
      </ul>
      {conn?.pageInfo.hasNextPage && (
        <button type="button" className="button small" onClick={() => setFirst(Math.min(500, first + 50))}>
          Show more
        </button>
      )}
    </div>
  );
}
