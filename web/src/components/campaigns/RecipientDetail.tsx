'use client';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { formatDuration } from '@/lib/figures';
import { CallAttempts } from '@/components/reports/CallAttempts';

const RecipientQuery = graphql(`
  query RecipientDetail($id: ID!) {
    recipient(id: $id) {
      id
      name
      externalId
      priority
      timeZone
      fields
      comment
      disposition
      originalLine
      createdAt
      callbackAt
      callbackExtension
      callbackAgentName
      expireAt
      notBefore
      notAfter
      lastDurationSeconds
      phones {
        number
        priority
        stopped
      }
    }
  }
`);

/** Everything known about one recipient: the record an agent's screen-pop shows. */
export function RecipientDetail({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: RecipientQuery, variables: { id } });
  if (error) return <div className="error">{errorMessage(error)}</div>;
  if (!data) return <div className="muted">Loading…</div>;
  const r = data.recipient;
  const rows: Array<[string, string]> = [
    ['External id', r.externalId ?? '—'],
    ['Priority', String(r.priority)],
    ['Time zone', r.timeZone ?? 'campaign / calendar'],
    ['Not before', formatDateTime(r.notBefore)],
    ['Not after', formatDateTime(r.notAfter)],
    ['Expires', formatDateTime(r.expireAt)],
    [
      'Callback',
      r.callbackAt
        ? `${formatDateTime(r.callbackAt)}${r.callbackExtension ? ` → ${r.callbackExtension}` : ''}${
            r.callbackAgentName ? ` · waits for ${r.callbackAgentName}` : ''
          }`
        : '—',
    ],
    ['Last duration', formatDuration(r.lastDurationSeconds)],
    ['Disposition', r.disposition ?? '—'],
    ['Comment', r.comment ?? '—'],
    ['Added', formatDateTime(r.createdAt)],
    ...Object.entries(r.fields).map(([k, v]): [string, string] => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
  ];
  return (
    <>
      <div className="grid3 small" data-testid="recipient-detail" style={{ padding: '6px 4px' }}>
        {rows.map(([k, v]) => (
          <div key={k}>
            <span className="muted">{k}</span>
            <div>{v}</div>
          </div>
        ))}
        {r.originalLine && (
          <div style={{ gridColumn: '1 / -1' }}>
            <span className="muted">Original line</span>
            <div className="mono">{r.originalLine}</div>
          </div>
        )}
      </div>
      <CallAttempts recipientId={id} />
    </>
  );
}
