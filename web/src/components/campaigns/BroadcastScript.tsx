'use client';
import type { BroadcastActionKind } from '@/gql/graphql';
import { under, type ActionRow } from './advanced-model';

const KINDS: Array<[BroadcastActionKind, string]> = [
  ['PLAY', 'Play a file'],
  ['WAIT', 'Wait'],
  ['TRANSFER', 'Transfer / IVR'],
  ['CONFIRM_ANSWER', 'Press a digit to confirm answer'],
  ['CONFIRM_LISTEN', 'Press a digit after the message'],
];

/** The broadcast script card: what a VOICE campaign does when the call is answered, step by step. */
export function BroadcastScript({
  actions,
  onChange,
  errors,
}: {
  actions: ActionRow[];
  onChange(actions: ActionRow[]): void;
  errors: Record<string, string>;
}) {
  const setAction = (i: number, patch: Partial<ActionRow>) => onChange(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <div className="card">
      <h2>Broadcast script</h2>
      <p className="muted small" style={{ marginTop: -6 }}>
        What a VOICE campaign does when the call is answered, in order.
      </p>
      {actions.map((a, i) => (
        <div key={i} className="row" style={{ marginBottom: 6 }} data-testid="broadcast-action">
          <select
            aria-label={`Step ${i + 1}`}
            value={a.kind}
            onChange={(e) => setAction(i, { kind: e.target.value as BroadcastActionKind })}
          >
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          {(a.kind === 'PLAY' || a.kind.startsWith('CONFIRM')) && (
            <input
              aria-label="Sound file"
              placeholder="/sounds/promo.wav"
              value={a.file}
              onChange={(e) => setAction(i, { file: e.target.value })}
            />
          )}
          {(a.kind === 'WAIT' || a.kind.startsWith('CONFIRM')) && (
            <input
              // For a confirmation: how long each play of its prompt waits for the digit (default 5 s).
              aria-label={a.kind === 'WAIT' ? 'Seconds' : 'Wait per prompt (seconds)'}
              placeholder={a.kind === 'WAIT' ? 'seconds (1-600)' : 'wait per prompt (5 s)'}
              style={{ width: 130 }}
              value={a.seconds}
              onChange={(e) => setAction(i, { seconds: e.target.value })}
            />
          )}
          {a.kind === 'TRANSFER' && (
            <input
              aria-label="Extension"
              placeholder="extension or IVR"
              value={a.extension}
              onChange={(e) => setAction(i, { extension: e.target.value })}
            />
          )}
          {a.kind.startsWith('CONFIRM') && (
            <input
              aria-label="Digit"
              placeholder="digit"
              style={{ width: 70 }}
              value={a.digit}
              onChange={(e) => setAction(i, { digit: e.target.value })}
            />
          )}
          {a.kind === 'CONFIRM_LISTEN' && (
            <input
              aria-label="Repeat"
              placeholder="repeat 0-10"
              style={{ width: 110 }}
              value={a.repeat}
              onChange={(e) => setAction(i, { repeat: e.target.value })}
            />
          )}
          <button
            type="button"
            className="button ghost small"
            aria-label={`Remove step ${i + 1}`}
            onClick={() => onChange(actions.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      {under(errors, 'broadcastActions') && (
        <p className="error small" role="alert">
          {under(errors, 'broadcastActions')}
        </p>
      )}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...actions, { kind: 'PLAY', file: '', seconds: '', extension: '', digit: '', repeat: '' }])}
      >
        Add step
      </button>
    </div>
  );
}
