'use client';

/** A page that threw: say so plainly and offer a retry instead of a blank screen. */
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset(): void }) {
  return (
    <div className="card" role="alert">
      <h2>This page failed</h2>
      <p className="error">{error.message}</p>
      <button type="button" className="button primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
