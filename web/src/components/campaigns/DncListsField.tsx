'use client';
// Which of the tenant's do-not-call lists the campaign honours (issue 18): every list by
// default, or the ones ticked (unticking "Every list" starts from all of them: at least one must
// stay). The dialer skips a number on one of them and dials the recipient's other numbers.
import { Field } from '@/components/ui/Field';

export function DncListsField(props: { value: string[] | null; lists: string[]; error?: string; onChange: (v: string[] | null) => void }) {
  const chosen = props.value ?? [];
  // A chosen list may have been emptied since: still shown, so it can be unticked.
  const names = [...new Set([...props.lists, ...chosen])];
  return (
    <Field label="Do-not-call lists" name="dncLists" error={props.error} hint="A number on one of these is never dialed">
      <div className="row">
        <label className="check">
          <input
            type="checkbox"
            name="dncListsAll"
            checked={props.value === null}
            onChange={(e) => props.onChange(e.target.checked ? null : [...props.lists])}
          />
          Every list
        </label>
        {props.value !== null &&
          names.map((name) => (
            <label key={name} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(name)}
                onChange={(e) => props.onChange(e.target.checked ? [...chosen, name] : chosen.filter((x) => x !== name))}
              />
              {name}
            </label>
          ))}
      </div>
    </Field>
  );
}
