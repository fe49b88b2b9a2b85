'use client';
// A preview offer waits for the agent: Dial or Skip, with the time left before the dialer skips it by itself.
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { asyncHandler } from '@/lib/async-handler';
import styles from './desk.module.css';

const Decide = graphql(`
  mutation DecidePreviewCall($callId: ID!, $dial: Boolean!) {
    decidePreviewCall(callId: $callId, dial: $dial)
  }
`);

/** Seconds left until `iso`, ticking once a second; 0 once it has passed. */
function useSecondsLeft(iso: string | null | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!iso) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [iso]);
  if (!iso) return null;
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now) / 1000));
}

export function PreviewDecision({
  callId,
  expiresAt,
  onDecided,
}: {
  callId: string;
  expiresAt: string | null | undefined;
  onDecided(dial: boolean): void;
}) {
  const [state, decide] = useMutation(Decide);
  const left = useSecondsLeft(expiresAt);
  const act = (dial: boolean) =>
    asyncHandler(async () => {
      const r = await decide({ callId, dial });
      if (r.data?.decidePreviewCall) onDecided(dial);
    });
  return (
    <div className={styles.decision} data-testid="preview-decision">
      <button type="button" className="button primary" disabled={state.fetching} onClick={act(true)}>
        Dial
      </button>
      <button type="button" className="button" disabled={state.fetching} onClick={act(false)}>
        Skip
      </button>
      {left !== null && (
        <span className="muted small" data-testid="offer-left" aria-live="off">
          {left > 0 ? `Skipped by itself in ${left}\u00a0s` : 'Time is up: skipping…'}
        </span>
      )}
      {state.error && (
        <span className="error small" role="alert">
          {errorMessage(state.error)}
        </span>
      )}
    </div>
  );
}
