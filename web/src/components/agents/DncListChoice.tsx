'use client';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { Field } from '@/components/ui/Field';

const DncListsQuery = graphql(`
  query DncListsForDesk {
    dncLists {
      name
    }
  }
`);

/**
 * "Do not call this number again" on the desk: the tenant's DNC lists to put the called number
 * on (issue 18). Null: not added. The API refuses a list that does not exist.
 */
export function DncListChoice({ value, onChange, error }: { value: string | null; onChange(list: string | null): void; error?: string }) {
  const [{ data }] = useQuery({ query: DncListsQuery, pause: value === null });
  const lists = data?.dncLists.map((l) => l.name) ?? ['default'];
  return (
    <div className="field" style={{ marginTop: 10 }}>
      <label className="check">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? 'default' : null)} /> Do not call this
        number again
      </label>
      {value !== null && (
        <Field label="Do-not-call list" name="addToDncList" error={error}>
          <select name="addToDncList" value={value} onChange={(e) => onChange(e.target.value)}>
            {lists.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
