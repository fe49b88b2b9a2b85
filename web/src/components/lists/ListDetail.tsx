'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { parseRecipientLines } from '@/lib/recipient-lines';
import { asyncHandler } from '@/lib/async-handler';

const ListQuery = graphql(`
  query RecipientListDetail($id: ID!, $first: Int!, $after: String, $text: String) {
    recipientList(id: $id) {
      ...RecipientListRow
    }
    contacts(listId: $id, first: $first, after: $after, text: $text) {
      nodes {
        id
        name
        priority
        tags
        timeZone
        fields
        phones {
          number
          priority
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
const AddContacts = graphql(`
  mutation AddContacts($listId: ID!, $recipients: [RecipientInput!]!) {
    addContacts(listId: $listId, recipients: $recipients, onDuplicate: SKIP) {
      added
      skipped
    }
  }
`);

const PAGE = 25;

/** One list: its contacts (a page at a time), quick entry and file import. */
export function ListDetail({ id }: { id: string }) {
  const [trail, setTrail] = useState<Array<string | null>>([null]);
  const [search, setSearch] = useState('');
  const [text, setText] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: ListQuery,
    variables: { id, first: PAGE, after: trail[trail.length - 1] ?? null, text },
  });
  const [lines, setLines] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [added, add] = useMutation(AddContacts);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const recipients = parseRecipientLines(lines);
    if (recipients.length === 0) return;
    const r = await add({ listId: id, recipients });
    if (r.data) {
      setNote(`${r.data.addContacts.added} added, ${r.data.addContacts.skipped} skipped as duplicates.`);
      setLines('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  if (error) return <div className="card error">{errorMessage(error)}</div>;
  if (!data) return <div className="muted">Loading…</div>;
  const list = data.recipientList;
  const page = data.contacts;
  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <h1>{list.name}</h1>
          <div className="muted">
            {list.contactCount} contacts · {list.status === 'ACTIVE' ? 'Active' : 'Disabled (cannot be attached)'}
            {list.defaultRegion ? ` · region ${list.defaultRegion}` : ''}
            {list.numberFormat === 'AS_DIALED' ? ' · numbers as dialed' : ''}
          </div>
        </div>
        <Link className="button" href="/lists">
          All lists
        </Link>
        <Link className="button primary" href={`/lists/${id}/import`}>
          Import a file
        </Link>
      </div>
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="Add contacts">
        <h2>Add contacts</h2>
        <label className="field">
          <span>
            One per line: <code>number|other number, name</code>
          </span>
          <textarea name="contacts" value={lines} onChange={(e) => setLines(e.target.value)} />
        </label>
        <div className="row" style={{ marginTop: 10, alignItems: 'center' }}>
          <button className="button primary" type="submit" disabled={added.fetching}>
            Add
          </button>
          {note && (
            <span className="muted" role="status">
              {note}
            </span>
          )}
        </div>
        {added.error && (
          <p className="error" role="alert">
            {errorMessage(added.error)}
          </p>
        )}
      </form>
      <div className="card">
        <h2>Contacts</h2>
        <form
          className="row"
          style={{ marginBottom: 10 }}
          onSubmit={(e) => {
            e.preventDefault();
            setText(search.trim() || null);
            setTrail([null]);
          }}
        >
          <label className="field">
            <span>Search</span>
            <input name="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Part of the name" />
          </label>
          <button className="button" type="submit">
            Search
          </button>
        </form>
        <table className="table" data-testid="contacts">
          <thead>
            <tr>
              <th>Name</th>
              <th>Numbers</th>
              <th className="num">Priority</th>
              <th>Time zone</th>
              <th>Tags</th>
              <th>Fields</th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.length === 0 && (
              <tr>
                <td colSpan={6} className="empty">
                  No contacts.
                </td>
              </tr>
            )}
            {page.nodes.map((c) => (
              <tr key={c.id} data-testid="contact-row">
                <td>{c.name || <span className="muted">—</span>}</td>
                <td className="mono">
                  {c.phones.map((p) => (
                    <div key={p.number}>{p.number}</div>
                  ))}
                </td>
                <td className="num">{c.priority}</td>
                <td>{c.timeZone ?? '—'}</td>
                <td className="small">{c.tags.join(', ')}</td>
                <td className="small">
                  {Object.entries(c.fields)
                    .map(([k, v]) => `${k}: ${String(v)}`)
                    .join(' · ')}
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
            disabled={!page.pageInfo.hasNextPage}
            onClick={() => page.pageInfo.endCursor && setTrail([...trail, page.pageInfo.endCursor])}
          >
            Next
          </button>
        </div>
      </div>
    </>
  );
}
