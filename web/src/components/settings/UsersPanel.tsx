'use client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { Role } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';

export const UserRowFields = graphql(`
  fragment UserRow on User {
    id
    email
    name
    role
    disabled
    createdAt
  }
`);
const UsersQuery = graphql(`
  query Users {
    users {
      ...UserRow
    }
    me {
      id
    }
  }
`);
const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);
const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);
const ResetPassword = graphql(`
  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {
    resetUserPassword(id: $id, input: $input) {
      id
    }
  }
`);

const ROLES: Role[] = ['ADMIN', 'SUPERVISOR', 'AGENT'];
const EMPTY = { email: '', name: '', password: '', role: 'SUPERVISOR' as Role };

/** People of this tenant: roles, disabling (signs out at once), password resets. */
export function UsersPanel() {
  const [{ data, error }, refetch] = useQuery({ query: UsersQuery });
  const [form, setForm] = useState(EMPTY);
  const [created, create] = useMutation(CreateUser);
  const [updated, update] = useMutation(UpdateUser);
  const [reset, doReset] = useMutation(ResetPassword);
  const [note, setNote] = useState<string | null>(null);
  const errs = fieldErrors(created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { ...form, email: form.email.trim(), name: form.name.trim() } });
    if (r.data) {
      setForm(EMPTY);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const resetPassword = async (id: string, email: string) => {
    const password = window.prompt(`New password for ${email} (at least 8 characters)`);
    if (!password) return;
    const r = await doReset({ id, input: { password } });
    setNote(r.data ? `Password of ${email} changed; their other sessions ended.` : null);
  };

  return (
    <>
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="New user" noValidate>
        <h2>New user</h2>
        <div className="grid2" style={{ gridTemplateColumns: '2fr 2fr 2fr 1fr' }}>
          <Field label="Email" name="email" error={errs.email}>
            <input name="email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
          </Field>
          <Field label="Name" name="name" error={errs.name}>
            <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field label="Password" name="password" error={errs.password} hint="At least 8 characters">
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
            />
          </Field>
          <Field label="Role" name="role" error={errs.role}>
            <select name="role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {humanize(r)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {created.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(created.error)}
          </p>
        )}
        <button className="button primary" type="submit" style={{ marginTop: 12 }} disabled={created.fetching}>
          Add user
        </button>
      </form>
      {(error || updated.error || reset.error) && (
        <p className="error" role="alert">
          {errorMessage(error ?? updated.error ?? reset.error)}
        </p>
      )}
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      <table className="table" data-testid="users">
        <thead>
          <tr>
            <th>Email</th>
            <th>Name</th>
            <th>Role</th>
            <th>Created</th>
            <th>Access</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <td>
                <b>{u.email}</b>
                {u.id === data.me.id && <span className="muted small"> (you)</span>}
              </td>
              <td>{u.name}</td>
              <td>
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  onChange={asyncHandler((e) => update({ id: u.id, input: { role: e.target.value as Role } }))}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {humanize(r)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="small">{formatDateTime(u.createdAt)}</td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    aria-label={`${u.email} enabled`}
                    checked={!u.disabled}
                    onChange={asyncHandler((e) => update({ id: u.id, input: { disabled: !e.target.checked } }))}
                  />
                  {u.disabled ? 'Disabled' : 'Enabled'}
                </label>
              </td>
              <td>
                <button type="button" className="button small" onClick={asyncHandler(() => resetPassword(u.id, u.email))}>
                  Reset password
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
