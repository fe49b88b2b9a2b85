import type { NumberFormat } from '@/gql/graphql';
import { Field } from './Field';

/** How a campaign's or list's numbers are read (issue 20): E.164 in a region, or as dialed. */
export function NumberFormatField(props: { value: NumberFormat; error?: string; onChange: (v: NumberFormat) => void }) {
  return (
    <Field
      label="Number format"
      name="numberFormat"
      error={props.error}
      hint={
        props.value === 'AS_DIALED'
          ? 'Kept and dialed exactly as given (+ and 3-20 digits); time zone from the recipient or the calendar'
          : 'Normalised to +E.164 in the default region; time zone from the number'
      }
    >
      <select name="numberFormat" value={props.value} onChange={(e) => props.onChange(e.target.value as NumberFormat)}>
        <option value="E164">E.164 (normalised)</option>
        <option value="AS_DIALED">As dialed</option>
      </select>
    </Field>
  );
}
