/**
 * Wraps an async event handler for a React prop that expects a void callback (onClick,
 * onSubmit, onConfirm...). The handler still runs synchronously (so `e.preventDefault()`
 * works); React ignores the returned promise, so a rejection would surface only as an
 * unhandled rejection. urql's mutations resolve with `error` rather than reject, so what is
 * left is a bug in the handler itself: log it where it is visible.
 */
export function asyncHandler<A extends unknown[]>(fn: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args: A) => {
    fn(...args).catch((err: unknown) => console.error('event handler failed', err));
  };
}
