'use client';
// At page load, the console waits until the API answers and says so ("Pacer is starting…")
// rather than rendering pages whose every query fails. Once up, it never gates again: a later
// outage shows as each page's own error and the live indicator.
import { useEffect, useState, type ReactNode } from 'react';
import { apiRetryDelayMs, isApiUp } from '@/lib/api-wait';

type State = 'checking' | 'starting' | 'up';

export function ApiGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>('checking');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state === 'up') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      let up = false;
      try {
        const res = await fetch('/api-status', { cache: 'no-store' });
        up = isApiUp(await res.json());
      } catch {
        up = false;
      }
      if (stopped) return;
      if (up) setState('up');
      else {
        setState('starting');
        timer = setTimeout(() => setAttempt((a) => a + 1), apiRetryDelayMs(attempt));
      }
    };
    void check();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [attempt, state]);
  if (state === 'up') return <>{children}</>;
  if (state === 'checking') return null;
  return (
    <main className="card" role="status" aria-live="polite" data-testid="api-starting" style={{ maxWidth: 520, margin: '80px auto' }}>
      <h1>Pacer is starting…</h1>
      <p className="muted">
        Waiting for the API to answer (checked {attempt + 1} time{attempt === 0 ? '' : 's'}). This page opens by itself as soon as it is up.
      </p>
    </main>
  );
}
