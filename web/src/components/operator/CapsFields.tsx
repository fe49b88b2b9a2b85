'use client';
// The three caps as inputs, shared by the create form and the edit dialog.
import { Field } from '@/components/ui/Field';
import { CAP_FIELDS, type CapValues } from './caps-text';

export function CapsFields(props: { values: CapValues; errors: Record<string, string>; onChange(values: CapValues): void }) {
  return (
    <>
      {CAP_FIELDS.map((f) => (
        <Field key={f.key} label={f.label} name={f.key} error={props.errors[f.key]} hint={f.hint}>
          <input
            name={f.key}
            inputMode={f.kind === 'int' ? 'numeric' : 'decimal'}
            value={props.values[f.key]}
            onChange={(e) => props.onChange({ ...props.values, [f.key]: e.target.value })}
          />
        </Field>
      ))}
    </>
  );
}
