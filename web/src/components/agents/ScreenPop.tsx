'use client';
// The call in the agent's hands: the recipient's record, where the call stands, and its result (once answered).
import type { DeskCallFragment } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import { CallResultForm } from './CallResultForm';
import { PreviewDecision } from './PreviewDecision';
import styles from './desk.module.css';

const PHASE: Record<string, [string, string | undefined]> = {
  OFFERED: ['Ringing', styles.offered],
  DIALING: ['Dialing', styles.dialing],
  BRIDGED: ['On the line', styles.bridged],
};

/** The preview offer still waits for the agent's decision. */
export function awaitsDecision(call: DeskCallFragment): boolean {
  return call.preview && call.phase === 'OFFERED';
}

export function ScreenPop({
  call,
  reported,
  onDecided,
  onReported,
}: {
  call: DeskCallFragment;
  reported: string | null;
  onDecided(dial: boolean): void;
  onReported(text: string): void;
}) {
  const deciding = awaitsDecision(call);
  const [label, cls] = deciding ? ['Preview', styles.offered] : (PHASE[call.phase] ?? [humanize(call.phase), undefined]);
  // The result describes a conversation: nothing to report before the customer is on the line.
  const answered = call.phase === 'BRIDGED';
  return (
    <div className={styles.pop} data-testid="screen-pop" data-phase={call.phase} data-preview={call.preview}>
      <div className="card">
        <div className={styles.popHead}>
          <span className={`badge ${cls ?? ''}`} data-testid="call-phase">
            {label}
          </span>
          <h2 style={{ margin: 0 }} data-testid="pop-name">
            {call.recipient.name || call.number}
          </h2>
          <span className="muted">
            {call.campaignName} · attempt {call.attemptNumber}
          </span>
        </div>
        {deciding && <PreviewDecision callId={call.callId} expiresAt={call.offerExpiresAt} onDecided={onDecided} />}
        <div className="grid3 small" style={{ marginTop: 12 }}>
          <div>
            <span className="muted">{deciding ? 'Number to dial' : 'Number dialed'}</span>
            <div className="mono">{call.number}</div>
          </div>
          <div>
            <span className="muted">All numbers</span>
            <div className="mono">{call.recipient.phones.map((p) => p.number).join(', ')}</div>
          </div>
          <div>
            <span className="muted">External id</span>
            <div>{call.recipient.externalId ?? '—'}</div>
          </div>
          <div>
            <span className="muted">Time zone</span>
            <div>{call.recipient.timeZone ?? '—'}</div>
          </div>
          <div>
            <span className="muted">Tags</span>
            <div>{call.recipient.tags.join(', ') || '—'}</div>
          </div>
          <div>
            <span className="muted">Attempts so far</span>
            <div>{call.recipient.attempts}</div>
          </div>
          {Object.entries(call.recipient.fields).map(([k, v]) => (
            <div key={k}>
              <span className="muted">{humanize(k)}</span>
              <div data-field-name={k}>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</div>
            </div>
          ))}
          {call.recipient.comment && (
            <div style={{ gridColumn: '1 / -1' }}>
              <span className="muted">Notes</span>
              <div>{call.recipient.comment}</div>
            </div>
          )}
          {call.recipient.originalLine && (
            <div style={{ gridColumn: '1 / -1' }}>
              <span className="muted">Original line</span>
              <div className="mono">{call.recipient.originalLine}</div>
            </div>
          )}
        </div>
      </div>
      <div className="card" data-testid="result-card">
        <h2>Result</h2>
        {reported ? (
          <p role="status">{reported}</p>
        ) : (
          <>
            {!answered && (
              <p className={`muted small ${styles.hint}`} data-testid="result-waits">
                {deciding ? 'Dial or skip first.' : 'The result can be saved once the customer is on the line.'}
              </p>
            )}
            <CallResultForm
              callId={call.callId}
              disabled={!answered}
              numbers={call.recipient.phones.map((p) => p.number)}
              onDone={(state) => onReported(`Saved. The recipient is now ${humanize(state).toLowerCase()}.`)}
            />
          </>
        )}
      </div>
    </div>
  );
}
