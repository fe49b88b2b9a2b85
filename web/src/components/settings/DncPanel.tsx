'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { DncFilterInput } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { formatDateTime, localInputToIso } from '@/lib/format';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';

export const DncRowFields = graphql(`
  fragment DncRow on DncEntry {
    id
    number
    listName
    reason
    createdAt
    expiresAt
  }
`);
const DncQuery = graphql(`
  query DncEntries($first: Int!, $after: String, $filter: DncFilterInput) {
    dncEntries(first: $first, after: $after, filter: $filter) {
      nodes {
        ...DncRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
const AddDnc = graphql(`
  mutation AddDncNumbers($input: AddDncNumbersInput!) {
    addDncNumbers(input: $input) {
      added
      renewed
    }
  }
`);
const RemoveDnc = graphql(`
  mutation RemoveDncEntry($id: ID!) {
    removeDncEntry(id: $id) {
      id
    }
  }
`);

const PAGE = 50;

/** Do-not-call numbers: never dialed while in force. Paged, searchable. */
export function DncPanel() {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<DncFilterInput>({});
  const [trail, setTrail] = useState<Array<string | null>>([null]);
  const [{ data, error }, refetch] = useQuery({
    query: DncQuery,
    variables: { first: PAGE, after: trail[trail.length - 1] ?? null, filter },
  });
  const [numbers, setNumbers] = useState('');
  const [reason, setReason] = useState('');
  const [listName, setListName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [added, add] = useMutation(AddDnc);
  const [removed, remove] = useMutation(RemoveDnc);
  const errs = fieldErrors(added.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const list = numbers
      .split(/[\n,;]+/)
      .map((n) => n.trim())
      .filter(Boolean);
    const r = await add({
      input: {
        numbers: list,
        reason: reason.trim() || null,
        listName: listName.trim() || null,
        expiresAt: localInputToIso(expiresAt) ?? null,
      },
    });
    if (r.data) {
      setNote(`${r.data.addDncNumbers.added} added, ${r.data.addDncNumbers.renewed} renewed.`);
      setNumbers('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const page = data?.dncEntries;

  return (
    <>
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="Add DNC numbers" noValidate>
        <h2>Add numbers</h2>
        <div className="grid2" style={{ gridTemplateColumns: '2fr 1fr' }}>
          <Field
            label="Numbers"
            name="numbers"
            error={errs.numbers}
            hint="One per line (or comma separated); without a country code they use the tenant's default region"
          >
            <textarea name="numbers" value={numbers} onChange={(e) => setNumbers(e.target.value)} />
          </Field>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
            <Field label="Reason" name="reason" error={errs.reason}>
              <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
            <Field label="List" name="listName" error={errs.listName} hint="'default' when empty">
              <input name="listName" value={listName} onChange={(e) => setListName(e.target.value)} />
            </Field>
            <Field label="In force until" name="expiresAt" error={errs.expiresAt} hint="Forever when empty">
              <input type="datetime-local" name="expiresAt" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
            </Field>
          </div>
        </div>
        {added.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(added.error)}
          </p>
        )}
        <div className="row" style={{ marginTop: 12, alignItems: 'center' }}>
          <button className="button primary" type="submit" disabled={added.fetching}>
            Add to list
          </button>
          <Link className="button" href={`/settings/dnc/import?list=${encodeURIComponent(listName.trim() || 'default')}`}>
            Import a file into this list…
          </Link>
          {note && (
            <span className="muted" role="status">
              {note}
            </span>
          )}
        </div>
      </form>
      <form
        className="row"
        style={{ marginBottom: 12 }}
        aria-label="DNC search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(search.trim() ? { search: search.trim() } : {});
          setTrail([null]);
        }}
      >
        <label className="field">
          <span>Search</span>
          <input name="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Digits or reason" />
        </label>
        <button className="button" type="submit">
          Search
        </button>
      </form>
      {(error || removed.error) && <p className="error">{errorMessage(error ?? removed.error)}</p>}
      <table className="table" data-testid="dnc">
        <thead>
          <tr>
            <th>Number</th>
            <th>List</th>
            <th>Reason</th>
            <th>Added</th>
            <th>Until</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {page?.nodes.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                No numbers.
              </td>
            </tr>
          )}
          {page?.nodes.map((d) => (
            <tr key={d.id} data-testid="dnc-row">
              <td className="mono">{d.number}</td>
              <td>{d.listName}</td>
              <td>{d.reason ?? '—'}</td>
              <td className="small">{formatDateTime(d.createdAt)}</td>
              <td className="small">{d.expiresAt ? formatDateTime(d.expiresAt) : 'Forever'}</td>
              <td>
                <button
                  type="button"
                  className="button small"
                  onClick={asyncHandler(async () => {
                    await remove({ id: d.id });
                    refetch({ requestPolicy: 'network-only' });
                  })}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: 10 }}>
        <button type="button" className="button small" disabled={trail.length <= 1} onClick={() => setTrail(trail.slice(0, -1))}>
          Previous
        </button>
        <span className="small muted">Page {trail.length}</span>
        <button
          type="button"
          className="button small"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => page?.pageInfo.endCursor && setTrail([...trail, page.pageInfo.endCursor])}
        >
          Next
        </button>
      </div>
    </>
  );
}
