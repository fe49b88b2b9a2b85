'use client';
import { Fragment, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import type { RecipientReportFilterInput, RecipientState } from '@/gql/graphql';
import { downloadWithAuth } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, humanize, localInputToIso } from '@/lib/format';
import { formatDuration } from '@/lib/figures';
import { StatusBadge } from '@/components/campaigns/StatusBadge';
import { CallAttempts } from './CallAttempts';

const ReportQuery = graphql(`
  query RecipientReport($campaignId: ID!, $first: Int!, $after: String, $filter: RecipientReportFilterInput) {
    campaign(id: $campaignId) {
      id
      name
    }
    recipientReport(campaignId: $campaignId, first: $first, after: $after, filter: $filter) {
      nodes {
        id
        name
        externalId
        numbers
        state
        attempts
        lastOutcome
        lastAttemptAt
        lastDurationSeconds
        tags
        disposition
        comment
        fields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

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
const PAGE = 50;

interface Form {
  state: string;
  tag: string;
  text: string;
  from: string;
  to: string;
}

function toFilter(f: Form): RecipientReportFilterInput {
  return {
    state: f.state ? [f.state as RecipientState] : undefined,
    tag: f.tag.trim() || undefined,
    text: f.text.trim() || undefined,
    lastAttemptFrom: localInputToIso(f.from),
    lastAttemptTo: localInputToIso(f.to),
  };
}

/** The CSV route takes the same filters as query parameters. */
function csvQuery(f: RecipientReportFilterInput): string {
  const q = new URLSearchParams();
  if (f.state?.length) q.set('state', f.state.join(','));
  if (f.tag) q.set('tag', f.tag);
  if (f.text) q.set('text', f.text);
  if (f.lastAttemptFrom) q.set('from', f.lastAttemptFrom);
  if (f.lastAttemptTo) q.set('to', f.lastAttemptTo);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** One row per recipient with its full record; every attempt on demand; CSV export with the same filters. */
export function DetailedReport({ campaignId }: { campaignId: string }) {
  const [form, setForm] = useState<Form>({ state: '', tag: '', text: '', from: '', to: '' });
  const [filter, setFilter] = useState<RecipientReportFilterInput>({});
  const [trail, setTrail] = useState<Array<string | null>>([null]);
  const [open, setOpen] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: ReportQuery,
    variables: { campaignId, first: PAGE, after: trail[trail.length - 1] ?? null, filter },
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(toFilter(form));
    setTrail([null]);
  };
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const page = data?.recipientReport;
  const download = () => {
    setDownloadError(null);
    downloadWithAuth(
      `/reports/campaigns/${campaignId}/recipients.csv${csvQuery(filter)}`,
      `${data?.campaign.name ?? 'campaign'}-recipients.csv`,
    ).catch((e: Error) => setDownloadError(e.message));
  };
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>Detailed report{data ? `: ${data.campaign.name}` : ''}</h1>
          <div className="muted">One row per recipient, in list order.</div>
        </div>
        <button type="button" className="button primary" onClick={download}>
          Export CSV
        </button>
      </div>
      {downloadError && (
        <p className="error" role="alert">
          {downloadError}
        </p>
      )}
      <form className="card row" onSubmit={apply} aria-label="Report filters">
        <label className="field">
          <span>State</span>
          <select value={form.state} onChange={set('state')}>
            <option value="">Any</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Tag</span>
          <input value={form.tag} onChange={set('tag')} />
        </label>
        <label className="field">
          <span>Search</span>
          <input value={form.text} onChange={set('text')} placeholder="Name, external id or line" />
        </label>
        <label className="field">
          <span>Last attempt from</span>
          <input type="datetime-local" value={form.from} onChange={set('from')} />
        </label>
        <label className="field">
          <span>Last attempt before</span>
          <input type="datetime-local" value={form.to} onChange={set('to')} />
        </label>
        <button className="button" type="submit">
          Apply
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <table className="table" data-testid="detailed-report">
        <thead>
          <tr>
            <th>Name</th>
            <th>Numbers</th>
            <th>State</th>
            <th className="num">Tries</th>
            <th>Last outcome</th>
            <th>Last attempt</th>
            <th className="num">Last duration</th>
            <th>Tags</th>
            <th>Fields</th>
          </tr>
        </thead>
        <tbody>
          {page?.nodes.length === 0 && (
            <tr>
              <td colSpan={9} className="empty">
                No recipients match.
              </td>
            </tr>
          )}
          {page?.nodes.map((r) => (
            <Fragment key={r.id}>
              <tr data-testid="report-row">
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
                  {r.numbers.map((n) => (
                    <div key={n}>{n}</div>
                  ))}
                </td>
                <td>
                  <StatusBadge value={r.state} />
                </td>
                <td className="num">{r.attempts}</td>
                <td>{r.lastOutcome ? humanize(r.lastOutcome) : '—'}</td>
                <td className="small">{formatDateTime(r.lastAttemptAt)}</td>
                <td className="num">{formatDuration(r.lastDurationSeconds)}</td>
                <td className="small">{r.tags.join(', ')}</td>
                <td className="small">
                  {Object.entries(r.fields)
                    .map(([k, v]) => `${k}: ${String(v)}`)
                    .join(' · ')}
                </td>
              </tr>
              {open === r.id && (
                <tr>
                  <td colSpan={9}>
                    <CallAttempts recipientId={r.id} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: 10 }}>
        <button type="button" className="button small" disabled={trail.length <= 1} onClick={() => setTrail(trail.slice(0, -1))}>
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
          onClick={() => page?.pageInfo.endCursor && setTrail([...trail, page.pageInfo.endCursor])}
        >
          Next
        </button>
      </div>
    </>
  );
}
