'use client';
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useThrottled } from '@/lib/use-throttled';
import type { RecipientFilterInput, RecipientState } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { RecipientBulkActions } from './RecipientBulkActions';
import { RecipientDetail } from './RecipientDetail';
import { StatusBadge } from './StatusBadge';
import { waitingText } from './waiting-text';
import { RecipientChanged, RecipientsQuery } from './recipients-queries';
import styles from './campaigns.module.css';

const STATES: RecipientState[] = [
  'READY',
  'DIALING',
  'IN_CALL',
  'CONTACTED',
  'RETRY_WAIT',
  'FAILED',
  'WAITING_AGENT',
  'STOPPED',
  'EXPIRED',
  'DNC',
  'SCHEDULED',
];
const PAGE = 25;

/** Digits (with an optional +) search the number's start; anything else the name or external id. */
function toFilter(state: string, search: string): RecipientFilterInput {
  const q = search.trim();
  const f: RecipientFilterInput = {};
  if (state) f.state = [state as RecipientState];
  if (/^\+?[\d\s-]+$/.test(q)) f.number = q.replace(/\D/g, '');
  else if (q) f.text = q;
  return f;
}

/** One page at a time (never the whole list), with a cursor trail for "previous". */
export function RecipientsTable({
  campaignId,
  tick,
  canWrite,
  onChanged,
}: {
  campaignId: string;
  tick: number;
  canWrite: boolean;
  onChanged(): void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [state, setState] = useState('');
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<RecipientFilterInput>({});
  const [trail, setTrail] = useState<Array<string | null>>([null]);
  const after = trail[trail.length - 1] ?? null;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: RecipientsQuery,
    variables: { campaignId, first: PAGE, after, filter },
  });
  useEffect(() => {
    if (tick > 0) reexecute({ requestPolicy: 'network-only' });
  }, [tick, reexecute]);
  // Live: a change to a row on this page (or an action on many) re-reads the page, at most once a second.
  const reread = useThrottled(() => reexecute({ requestPolicy: 'network-only' }), 1000);
  const onPage = new Set(data?.recipients.nodes.map((r) => r.id) ?? []);
  useSubscription({ query: RecipientChanged, variables: { campaignId } }, (_prev, event) => {
    const c = event.recipientChanged;
    if (c.bulk || c.changes.some((x) => onPage.has(x.recipientId))) reread();
    return event;
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(toFilter(state, search));
    setTrail([null]);
    setSelected([]);
  };
  const page = data?.recipients;
  return (
    <div className="card">
      <h2>Recipients</h2>
      <form className={styles.filters} onSubmit={apply} aria-label="Recipient filters">
        <label className="field">
          <span>State</span>
          <select name="state" value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">Any</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Search</span>
          <input
            name="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Number, name or external id"
            style={{ width: 260 }}
          />
        </label>
        <button className="button" type="submit">
          Apply
        </button>
      </form>
      {error && <p className="error">{errorMessage(error)}</p>}
      {canWrite && (
        <RecipientBulkActions
          campaignId={campaignId}
          ids={selected}
          onDone={() => {
            setSelected([]);
            onChanged();
          }}
        />
      )}
      <table className="table" data-testid="recipients">
        <thead>
          <tr>
            {canWrite && (
              <th style={{ width: 28 }}>
                <input
                  type="checkbox"
                  aria-label="Select all on this page"
                  checked={!!page && page.nodes.length > 0 && page.nodes.every((r) => selected.includes(r.id))}
                  onChange={(e) => setSelected(e.target.checked ? (page?.nodes.map((r) => r.id) ?? []) : [])}
                />
              </th>
            )}
            <th>Name</th>
            <th>Numbers</th>
            <th>State</th>
            <th className="num">Attempts</th>
            <th>Last outcome</th>
            <th>Last / next attempt</th>
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {page?.nodes.length === 0 && (
            <tr>
              <td colSpan={canWrite ? 8 : 7} className="empty">
                No recipients{Object.keys(filter).length ? ' match' : ' yet'}.
              </td>
            </tr>
          )}
          {page?.nodes.map((r) => (
            <Fragment key={r.id}>
              <tr data-testid="recipient-row">
                {canWrite && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${r.name || r.phones[0]?.number || r.id}`}
                      checked={selected.includes(r.id)}
                      onChange={(e) => setSelected(e.target.checked ? [...selected, r.id] : selected.filter((x) => x !== r.id))}
                    />
                  </td>
                )}
                <td>
                  <button
                    type="button"
                    className="button link"
                    aria-expanded={open === r.id}
                    onClick={() => setOpen(open === r.id ? null : r.id)}
                  >
                    {open === r.id ? '▾' : '▸'} {r.name || '(no name)'}
                  </button>
                  {r.externalId && <div className="small muted">{r.externalId}</div>}
                </td>
                <td className="mono">
                  {r.phones.map((p) => (
                    <div key={p.number} style={p.stopped ? { textDecoration: 'line-through' } : undefined}>
                      {p.number}
                      {p.dnc && (
                        <span className="small error" title="On a do-not-call list this campaign honours: skipped">
                          {' '}
                          DNC
                        </span>
                      )}
                    </div>
                  ))}
                </td>
                <td>
                  <StatusBadge value={r.state} />
                  {r.waitingReason && (
                    <div
                      className="small muted"
                      data-testid="waiting-reason"
                      data-reason={r.waitingReason.reason}
                      title={waitingText(r.waitingReason)}
                    >
                      {waitingText(r.waitingReason, true)}
                    </div>
                  )}
                </td>
                <td className="num">
                  {r.attempts}
                  {r.extraAttempts ? ` (+${r.extraAttempts})` : ''}
                </td>
                <td>{r.lastOutcome ? humanize(r.lastOutcome) : '—'}</td>
                <td className="small">
                  {formatDateTime(r.lastAttemptAt)}
                  <br />
                  {r.nextAttemptAt ? `next ${formatDateTime(r.nextAttemptAt)}` : ''}
                </td>
                <td className="small">{r.tags.join(', ')}</td>
              </tr>
              {open === r.id && (
                <tr>
                  <td colSpan={canWrite ? 8 : 7}>
                    <RecipientDetail id={r.id} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: 10 }}>
        <button
          type="button"
          className="button small"
          disabled={trail.length <= 1}
          onClick={() => {
            setTrail(trail.slice(0, -1));
            setSelected([]);
          }}
        >
          Previous
        </button>
        <span className="small muted">
          Page {trail.length}
          {fetching ? ' · loading…' : ''}
        </span>
        <button
          type="button"
          className="button small"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => {
            if (page?.pageInfo.endCursor) {
              setTrail([...trail, page.pageInfo.endCursor]);
              setSelected([]);
            }
          }}
        >
          Next
        </button>
      </div>
    </div>
  );
}
