'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { NumberFormat, RecipientListRowFragment } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { Field } from '@/components/ui/Field';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { NumberFormatField } from '@/components/ui/NumberFormatField';
import { asyncHandler } from '@/lib/async-handler';

export const RecipientListRowFields = graphql(`
  fragment RecipientListRow on RecipientList {
    id
    name
    status
    contactCount
    defaultRegion
    numberFormat
    accountcode
    createdAt
  }
`);
const ListsQuery = graphql(`
  query RecipientLists {
    recipientLists {
      ...RecipientListRow
    }
  }
`);
const CreateList = graphql(`
  mutation CreateRecipientList($input: RecipientListInput!) {
    createRecipientList(input: $input) {
      ...RecipientListRow
    }
  }
`);
export const UpdateList = graphql(`
  mutation UpdateRecipientList($id: ID!, $input: RecipientListInput!) {
    updateRecipientList(id: $id, input: $input) {
      ...RecipientListRow
    }
  }
`);
const DeleteList = graphql(`
  mutation DeleteRecipientList($id: ID!) {
    deleteRecipientList(id: $id)
  }
`);

/** Reusable recipient lists: contacts loaded once, attached to any number of campaigns. */
export function RecipientLists() {
  const [{ data, error }, refetch] = useQuery({ query: ListsQuery });
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [format, setFormat] = useState<NumberFormat>('E164');
  const [accountcode, setAccountcode] = useState('');
  const [created, create] = useMutation(CreateList);
  const [updated, update] = useMutation(UpdateList);
  const [deleted, remove] = useMutation(DeleteList);
  const [toDelete, setToDelete] = useState<RecipientListRowFragment | null>(null);
  const errs = fieldErrors(created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({
      input: {
        name: name.trim(),
        defaultRegion: region.trim().toUpperCase() || null,
        numberFormat: format,
        accountcode: accountcode.trim() || null,
      },
    });
    if (r.data) {
      setName('');
      setRegion('');
      setFormat('E164');
      setAccountcode('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="New list" noValidate>
        <h2>New list</h2>
        <div className="row">
          <Field label="Name" name="name" error={errs.name}>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Default region" name="defaultRegion" error={errs.defaultRegion} hint="e.g. US">
            <input name="defaultRegion" maxLength={2} style={{ width: 80 }} value={region} onChange={(e) => setRegion(e.target.value)} />
          </Field>
          <NumberFormatField value={format} error={errs.numberFormat} onChange={setFormat} />
          <Field label="Account code" name="accountcode" error={errs.accountcode} hint="Taken by a campaign with none">
            <input name="accountcode" maxLength={64} value={accountcode} onChange={(e) => setAccountcode(e.target.value)} />
          </Field>
          <button className="button primary" type="submit" disabled={created.fetching}>
            Create list
          </button>
        </div>
        {created.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(created.error)}
          </p>
        )}
      </form>
      {(error || updated.error || deleted.error) && (
        <p className="error" role="alert">
          {errorMessage(error ?? updated.error ?? deleted.error)}
        </p>
      )}
      <table className="table" data-testid="lists">
        <thead>
          <tr>
            <th>Name</th>
            <th className="num">Contacts</th>
            <th>Region</th>
            <th>Numbers</th>
            <th>Account code</th>
            <th>Created</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.recipientLists.length === 0 && (
            <tr>
              <td colSpan={8} className="empty">
                No lists yet.
              </td>
            </tr>
          )}
          {data?.recipientLists.map((l) => (
            <tr key={l.id} data-testid="list-row">
              <td>
                <Link href={`/lists/${l.id}`}>
                  <b>{l.name}</b>
                </Link>
              </td>
              <td className="num">{l.contactCount}</td>
              <td>{l.defaultRegion ?? '—'}</td>
              <td>{l.numberFormat === 'AS_DIALED' ? 'as dialed' : 'E.164'}</td>
              <td>{l.accountcode ?? '—'}</td>
              <td className="small">{formatDateTime(l.createdAt)}</td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    aria-label={`${l.name} active`}
                    checked={l.status === 'ACTIVE'}
                    onChange={asyncHandler((e) => update({ id: l.id, input: { status: e.target.checked ? 'ACTIVE' : 'DISABLED' } }))}
                  />
                  {l.status === 'ACTIVE' ? 'Active' : 'Disabled'}
                </label>
              </td>
              <td>
                <button type="button" className="button danger small" onClick={() => setToDelete(l)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete list ${toDelete?.name ?? ''}?`}
        confirmLabel="Delete list"
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={asyncHandler(async () => {
          if (toDelete) await remove({ id: toDelete.id });
          setToDelete(null);
          refetch({ requestPolicy: 'network-only' });
        })}
      >
        The list and its {toDelete?.contactCount ?? 0} contacts are deleted. Campaigns keep the recipients they copied.
      </ConfirmDialog>
    </>
  );
}
