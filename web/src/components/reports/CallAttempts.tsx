'use client';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { humanize } from '@/lib/format';

const AttemptsQuery = graphql(`
  query RecipientCallAttempts($id: ID!) {
    recipient(id: $id) {
      id
      callAttempts {
        id
        attemptNumber
        number
        callId
        counted
        outcome
        hangupCause
        q850
        sipStatus
        billSeconds
        amdResult
        abandoned
        abandonReason
        bridgeFailureCause
        disposition
        createdAt
        originatedAt
        ringingAt
        answeredAt
        bridgedAt
        endedAt
        answerConfirmedAt
        listenConfirmedAt
      }
    }
  }
`);

const t = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleTimeString() : '—');

/** Every call attempt of one recipient, oldest first, with its timestamps and cause. */
export function CallAttempts({ recipientId }: { recipientId: string }) {
  const [{ data, error }] = useQuery({ query: AttemptsQuery, variables: { id: recipientId } });
  if (error) return <div className="error">{errorMessage(error)}</div>;
  if (!data) return <div className="muted small">Loading attempts…</div>;
  const attempts = data.recipient.callAttempts;
  if (attempts.length === 0) return <div className="muted small">Not called yet.</div>;
  return (
    <table className="table small" data-testid="call-attempts">
      <thead>
        <tr>
          <th>#</th>
          <th>Number</th>
          <th>Outcome</th>
          <th>Cause</th>
          <th>Created</th>
          <th>Originated</th>
          <th>Ringing</th>
          <th>Answered</th>
          <th>Ended</th>
          <th className="num">Billed s</th>
          <th>Notes</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} data-testid="call-attempt">
            <td>
              {a.attemptNumber}
              {a.counted ? '' : ' (not counted)'}
            </td>
            <td className="mono">{a.number}</td>
            <td>{a.outcome ? humanize(a.outcome) : 'in progress'}</td>
            <td>
              {a.hangupCause ?? '—'}
              {a.q850 !== null && a.q850 !== undefined ? ` (Q.850 ${a.q850})` : ''}
              {a.sipStatus ? ` SIP ${a.sipStatus}` : ''}
            </td>
            <td>{t(a.createdAt)}</td>
            <td>{t(a.originatedAt)}</td>
            <td>{t(a.ringingAt)}</td>
            <td>{t(a.answeredAt)}</td>
            <td>{t(a.endedAt)}</td>
            <td className="num">{a.billSeconds ?? '—'}</td>
            <td>
              {[
                a.abandoned ? `abandoned${a.abandonReason ? `: ${humanize(a.abandonReason)}` : ''}` : null,
                a.bridgeFailureCause ? `agent bridge failed ${a.bridgeFailureCause}` : null,
                a.amdResult ? `AMD ${a.amdResult}` : null,
                a.answerConfirmedAt ? 'answer confirmed' : null,
                a.listenConfirmedAt ? 'listen confirmed' : null,
                a.bridgedAt ? `bridged ${t(a.bridgedAt)}` : null,
                a.disposition,
              ]
                .filter(Boolean)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
