'use client';
import { useState } from 'react';
import { localInputToIso } from '@/lib/format';

/** Start a CREATED campaign now, at a local time, or after a delay; `note` is what to say once it worked. */
export function StartControls({
  busy,
  onStart,
  onError,
}: {
  busy: boolean;
  onStart(vars: { at?: string; delaySeconds?: number }, note: string | null): void;
  onError(message: string): void;
}) {
  const [startMode, setStartMode] = useState<'now' | 'at' | 'delay'>('now');
  const [at, setAt] = useState('');
  const [delay, setDelay] = useState('60');
  const startNow = () => {
    if (startMode === 'at') {
      const iso = localInputToIso(at);
      if (!iso) {
        onError('Pick the start time');
        return;
      }
      onStart({ at: iso }, 'Scheduled.');
    } else if (startMode === 'delay') {
      onStart({ delaySeconds: Number(delay) }, 'Scheduled.');
    } else {
      onStart({}, null);
    }
  };
  return (
    <>
      <select aria-label="When to start" value={startMode} onChange={(e) => setStartMode(e.target.value as 'now' | 'at' | 'delay')}>
        <option value="now">Start now</option>
        <option value="at">Start at…</option>
        <option value="delay">Start after…</option>
      </select>
      {startMode === 'at' && <input type="datetime-local" aria-label="Start time" value={at} onChange={(e) => setAt(e.target.value)} />}
      {startMode === 'delay' && (
        <label className="check">
          <input aria-label="Delay in seconds" style={{ width: 90 }} value={delay} onChange={(e) => setDelay(e.target.value)} /> seconds
        </label>
      )}
      <button type="button" className="button primary" disabled={busy} onClick={startNow}>
        Start
      </button>
    </>
  );
}
