'use client';
import Link from 'next/link';
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { CampaignFilterInput, CampaignStatus } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, humanize, localInputToIso } from '@/lib/format';
import { useThrottled } from '@/lib/use-throttled';
import { IfAllowed } from '@/components/shell/viewer';
import { CloneButton } from './CloneButton';
import { StatusBadge } from './StatusBadge';
import { runStateLabel, runStateText } from './run-state-text';
import styles from './campaigns.module.css';

export const CampaignRowFields = graphql(`
  fragment CampaignRow on Campaign {
    id
    name
    description
    type
    status
    runState
    runStateReason
    startedAt
    endedAt
    createdAt
    isTemplate
    templateEnabled
    recipientCounts {
      total
      contacted
      failed
      ready
    }
  }
`);

const CampaignsQuery = graphql(`
  query Campaigns($first: Int!, $after: String, $filter: CampaignFilterInput) {
    campaigns(first: $first, after: $after, filter: $filter) {
      nodes {
        ...CampaignRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const AnyCampaignChanged = graphql(`
  subscription AnyCampaignChanged {
    campaignChanged {
      campaignId
      status
      runState
      action
      at
    }
  }
`);

const STATUSES: CampaignStatus[] = ['CREATED', 'SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED', 'INCOMPLETE', 'CANCELLED', 'TERMINATED'];
const PAGE = 25;

/** One page of the list; the next page mounts below it ("load more" keeps earlier pages). */
function CampaignPage(props: {
  filter: CampaignFilterInput;
  after: string | null;
  tick: number;
  isLast: boolean;
  onMore(cursor: string): void;
}) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CampaignsQuery,
    variables: { first: PAGE, after: props.after, filter: props.filter },
  });
  useEffect(() => {
    if (props.tick > 0) reexecute({ requestPolicy: 'network-only' });
  }, [props.tick, reexecute]);
  if (error)
    return (
      <tr>
        <td colSpan={8} className="error">
          {errorMessage(error)}
        </td>
      </tr>
    );
  if (!data)
    return fetching ? (
      <tr>
        <td colSpan={8} className="muted">
          Loading…
        </td>
      </tr>
    ) : null;
  const { nodes, pageInfo } = data.campaigns;
  return (
    <>
      {nodes.length === 0 && !props.after && (
        <tr>
          <td colSpan={8} className="empty">
            No campaigns match.
          </td>
        </tr>
      )}
      {nodes.map((c) => (
        <tr key={c.id} data-testid="campaign-row">
          <td>
            <Link href={`/campaigns/${c.id}`}>
              <b>{c.name}</b>
            </Link>
            {c.isTemplate && !c.templateEnabled && <span className="muted small"> (disabled)</span>}
            {c.description && <div className="muted small">{c.description}</div>}
          </td>
          <td>{humanize(c.type)}</td>
          <td>
            <StatusBadge value={c.status} />
            {c.status === 'RUNNING' && (
              <div className="small muted" title={runStateText(c.runState, c.runStateReason)}>
                {runStateLabel(c.runState)}
              </div>
            )}
          </td>
          <td className="num">{c.recipientCounts.total}</td>
          <td className="num">{c.recipientCounts.contacted}</td>
          <td className="num">{c.recipientCounts.failed}</td>
          <td className="small">
            {formatDateTime(c.startedAt)}
            <br />
            {c.endedAt ? `→ ${formatDateTime(c.endedAt)}` : ''}
          </td>
          <td>
            <IfAllowed permission="CAMPAIGNS_WRITE">
              <CloneButton id={c.id} name={c.name} />
            </IfAllowed>
          </td>
        </tr>
      ))}
      {props.isLast && pageInfo.hasNextPage && pageInfo.endCursor && (
        <tr>
          <td colSpan={8} style={{ textAlign: 'center' }}>
            <button type="button" className="button" onClick={() => props.onMore(pageInfo.endCursor ?? '')}>
              Load more
            </button>
          </td>
        </tr>
      )}
    </>
  );
}

interface FilterForm {
  status: string;
  startedAfter: string;
  endedBefore: string;
  text: string;
}
const EMPTY: FilterForm = { status: '', startedAfter: '', endedBefore: '', text: '' };

function toFilter(f: FilterForm, templates: boolean): CampaignFilterInput {
  return {
    isTemplate: templates,
    status: f.status ? [f.status as CampaignStatus] : undefined,
    startedAfter: localInputToIso(f.startedAfter),
    endedBefore: localInputToIso(f.endedBefore),
    text: f.text.trim() || undefined,
  };
}

/** Campaigns (or templates) with filters, cursor pages and live refresh. */
export function CampaignList({ templates = false }: { templates?: boolean }) {
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const [filter, setFilter] = useState<CampaignFilterInput>(toFilter(EMPTY, templates));
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [tick, setTick] = useState(0);
  const bump = useThrottled(() => setTick((t) => t + 1), 1500);
  useSubscription({ query: AnyCampaignChanged }, (_prev, event) => {
    bump();
    return event;
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(toFilter(form, templates));
    setCursors([null]);
  };
  const set = (k: keyof FilterForm) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  return (
    <>
      <form className={styles.filters} onSubmit={apply} aria-label="Filters">
        <label className="field">
          <span>Search</span>
          <input name="text" value={form.text} onChange={set('text')} placeholder="Name or description" />
        </label>
        <label className="field">
          <span>Status</span>
          <select name="status" value={form.status} onChange={set('status')}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Started after</span>
          <input type="datetime-local" name="startedAfter" value={form.startedAfter} onChange={set('startedAfter')} />
        </label>
        <label className="field">
          <span>Ended before</span>
          <input type="datetime-local" name="endedBefore" value={form.endedBefore} onChange={set('endedBefore')} />
        </label>
        <button className="button" type="submit">
          Apply
        </button>
        <button
          className="button ghost"
          type="button"
          onClick={() => {
            setForm(EMPTY);
            setFilter(toFilter(EMPTY, templates));
            setCursors([null]);
          }}
        >
          Reset
        </button>
      </form>
      <table className="table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Type</th>
            <th>Status</th>
            <th className="num">Recipients</th>
            <th className="num">Contacted</th>
            <th className="num">Failed</th>
            <th>Started / ended</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {cursors.map((after, i) => (
            <CampaignPage
              key={`${JSON.stringify(filter)}:${after ?? ''}`}
              filter={filter}
              after={after}
              tick={tick}
              isLast={i === cursors.length - 1}
              onMore={(c) => setCursors([...cursors, c])}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
