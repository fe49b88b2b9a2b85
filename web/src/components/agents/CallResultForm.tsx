'use client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import type { CallResultInput, RecipientState } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { localInputToIso } from '@/lib/format';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';
import { DncListChoice } from './DncListChoice';

const ReportResult = graphql(`
  mutation ReportCallResult($callId: ID!, $result: CallResultInput!) {
    reportCallResult(callId: $callId, result: $result) {
      id
      state
      nextAttemptAt
      callbackAt
      disposition
      comment
    }
  }
`);

type Outcome = 'success' | 'failed' | 'retry' | 'callback';

/** The agent's verdict on a call: success, failure, retry later (or next number), or a callback. */
export function CallResultForm({
  callId,
  numbers,
  disabled = false,
  onDone,
}: {
  callId: string;
  numbers: string[];
  /** Shown but not usable (the call is not answered yet). */
  disabled?: boolean;
  onDone(state: RecipientState): void;
}) {
  const [outcome, setOutcome] = useState<Outcome>('success');
  const [disposition, setDisposition] = useState('');
  const [comment, setComment] = useState('');
  const [callbackAt, setCallbackAt] = useState('');
  const [toMe, setToMe] = useState(false);
  const [nextAfter, setNextAfter] = useState('');
  const [nextNumber, setNextNumber] = useState(false);
  const [resetRetries, setResetRetries] = useState(false);
  const [stop, setStop] = useState<string[]>([]);
  const [dncList, setDncList] = useState<string | null>(null);
  const [state, report] = useMutation(ReportResult);
  const errs = fieldErrors(state.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result: CallResultInput = {
      disposition: disposition.trim() || undefined,
      comment: comment.trim() || undefined,
      stopNumbers: stop.length ? stop : undefined,
      addToDncList: dncList ?? undefined,
    };
    if (outcome === 'success') result.success = true;
    if (outcome === 'failed') result.success = false;
    if (outcome === 'retry') {
      if (nextAfter.trim()) result.nextAfterSeconds = Number(nextAfter);
      if (nextNumber) result.nextNumber = true;
      if (resetRetries) result.resetRetries = true;
    }
    if (outcome === 'callback') {
      // "Myself": the dialer keeps the callback for this agent and waits until it is free.
      result.callbackAt = localInputToIso(callbackAt);
      if (toMe) result.callbackToMe = true;
    }
    const r = await report({ callId, result });
    if (r.data) onDone(r.data.reportCallResult.state);
  };

  return (
    <form onSubmit={asyncHandler(submit)} aria-label="Call result" noValidate>
      <fieldset disabled={disabled} className="plain" data-testid="result-fields">
        <div className="row" role="radiogroup" aria-label="Outcome" style={{ marginBottom: 12 }}>
          {(
            [
              ['success', 'Success'],
              ['failed', 'Failed'],
              ['retry', 'Try again later'],
              ['callback', 'Callback'],
            ] as const
          ).map(([v, label]) => (
            <label key={v} className="check">
              <input type="radio" name="outcome" value={v} checked={outcome === v} onChange={() => setOutcome(v)} /> {label}
            </label>
          ))}
        </div>
        <div className="grid2">
          <Field label="Disposition" name="disposition" error={errs.disposition}>
            <input name="disposition" value={disposition} onChange={(e) => setDisposition(e.target.value)} placeholder="e.g. SALE" />
          </Field>
          <Field label="Comment" name="comment" error={errs.comment}>
            <input name="comment" value={comment} onChange={(e) => setComment(e.target.value)} />
          </Field>
          {outcome === 'retry' && (
            <>
              <Field
                label="Next attempt after (s)"
                name="nextAfterSeconds"
                error={errs.nextAfterSeconds}
                hint="Empty: the campaign's retry wait"
              >
                <input name="nextAfterSeconds" value={nextAfter} onChange={(e) => setNextAfter(e.target.value)} />
              </Field>
              <div className="field">
                <label className="check">
                  <input type="checkbox" checked={nextNumber} onChange={(e) => setNextNumber(e.target.checked)} /> Use the next number
                </label>
                <label className="check">
                  <input type="checkbox" checked={resetRetries} onChange={(e) => setResetRetries(e.target.checked)} /> Start the attempt
                  count again
                </label>
              </div>
            </>
          )}
          {outcome === 'callback' && (
            <>
              <Field label="Call back at" name="callbackAt" error={errs.callbackAt}>
                <input type="datetime-local" name="callbackAt" value={callbackAt} onChange={(e) => setCallbackAt(e.target.value)} />
              </Field>
              <div className="field">
                <label
                  className="check"
                  title="Offered to you only, when you are available; it waits for you while you are on the campaign"
                >
                  <input type="checkbox" name="callbackToMe" checked={toMe} onChange={(e) => setToMe(e.target.checked)} /> I will take this
                  callback myself
                </label>
                {errs.callbackToMe && <span className="error">{errs.callbackToMe}</span>}
              </div>
            </>
          )}
        </div>
        {numbers.length > 1 && (
          <div className="field" style={{ marginTop: 10 }}>
            <span>Never dial again</span>
            <div className="row">
              {numbers.map((n) => (
                <label key={n} className="check mono">
                  <input
                    type="checkbox"
                    checked={stop.includes(n)}
                    onChange={(e) => setStop(e.target.checked ? [...stop, n] : stop.filter((x) => x !== n))}
                  />{' '}
                  {n}
                </label>
              ))}
            </div>
          </div>
        )}
        <DncListChoice value={dncList} onChange={setDncList} error={errs.addToDncList} />
        {state.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(state.error)}
          </p>
        )}
        <button type="submit" className="button primary" style={{ marginTop: 12 }} disabled={state.fetching}>
          Save result
        </button>
      </fieldset>
    </form>
  );
}
