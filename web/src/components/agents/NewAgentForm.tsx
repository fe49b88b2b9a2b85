'use client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';

const CreateAgent = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      ...AgentRow
    }
  }
`);

const EMPTY = { name: '', endpoint: 'user/1001', userId: '', wrapUpSeconds: '', callTimeoutSeconds: '', maxNoAnswer: '' };

/** The "New agent" card of the agents page; `users` are the users an agent may sign in as (role AGENT). */
export function NewAgentForm({
  users: agentUsers,
  onCreated,
}: {
  users: ReadonlyArray<{ id: string; email: string }>;
  onCreated: () => void;
}) {
  const [form, setForm] = useState(EMPTY);
  const [created, create] = useMutation(CreateAgent);
  const errs = fieldErrors(created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = (v: string) => (v.trim() ? Number(v) : undefined);
    const r = await create({
      input: {
        name: form.name.trim(),
        endpoint: form.endpoint.trim(),
        userId: form.userId || undefined,
        wrapUpSeconds: n(form.wrapUpSeconds),
        callTimeoutSeconds: n(form.callTimeoutSeconds),
        maxNoAnswer: n(form.maxNoAnswer),
      },
    });
    if (r.data) {
      setForm(EMPTY);
      onCreated();
    }
  };
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  return (
    <form className="card" onSubmit={asyncHandler(submit)} aria-label="New agent" noValidate>
      <h2>New agent</h2>
      <div className="grid3">
        <Field label="Name" name="name" error={errs.name}>
          <input name="name" value={form.name} onChange={set('name')} />
        </Field>
        <Field label="Phone endpoint" name="endpoint" error={errs.endpoint} hint="Dial string of the agent's phone">
          <input name="endpoint" className="mono" value={form.endpoint} onChange={set('endpoint')} />
        </Field>
        <Field label="Signs in as" name="userId" error={errs.userId} hint="A user with role AGENT">
          <select name="userId" value={form.userId} onChange={set('userId')}>
            <option value="">Nobody (supervisor-driven)</option>
            {agentUsers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Wrap-up (s)" name="wrapUpSeconds" error={errs.wrapUpSeconds} hint="0 to 3600">
          <input name="wrapUpSeconds" value={form.wrapUpSeconds} onChange={set('wrapUpSeconds')} />
        </Field>
        <Field label="Call timeout (s)" name="callTimeoutSeconds" error={errs.callTimeoutSeconds} hint="5 to 120">
          <input name="callTimeoutSeconds" value={form.callTimeoutSeconds} onChange={set('callTimeoutSeconds')} />
        </Field>
        <Field label="Max no-answers" name="maxNoAnswer" error={errs.maxNoAnswer} hint="Then a forced break">
          <input name="maxNoAnswer" value={form.maxNoAnswer} onChange={set('maxNoAnswer')} />
        </Field>
      </div>
      {created.error && Object.keys(errs).length === 0 && (
        <p className="error" role="alert">
          {errorMessage(created.error)}
        </p>
      )}
      <button className="button primary" type="submit" style={{ marginTop: 12 }} disabled={created.fetching}>
        Add agent
      </button>
    </form>
  );
}
