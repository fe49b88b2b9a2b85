import type { ReactNode } from 'react';

/** A labelled input with its hint and the API's message for this field, if any. */
export function Field(props: { label: string; name: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <label className={`field${props.error ? ' invalid' : ''}`} data-field={props.name}>
      <span>{props.label}</span>
      {props.children}
      {props.error ? (
        <span className="fieldError" role="alert">
          {props.error}
        </span>
      ) : props.hint ? (
        <span className="hint">{props.hint}</span>
      ) : null}
    </label>
  );
}
