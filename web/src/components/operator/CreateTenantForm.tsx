'use client';
// Creating a tenant with its first admin; a generated password is shown here once, since the
// API never returns it again.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { Field } from '@/components/ui/Field';
import { asyncHandler } from '@/lib/async-handler';
import { CapsFields } from './CapsFields';
import { GeneratedPassword } from './GeneratedPassword';
import { capInput, capValues } from './caps-text';

const CreateTenant = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      adminEmail
      generatedPassword
      tenant {
        ...OperatorTenant
      }
    }
  }
`);

const EMPTY = { name: '', adminEmail: '', adminPassword: '' };

export function CreateTenantForm({ onCreated }: { onCreated(): void }) {
  const [form, setForm] = useState(EMPTY);
  const [caps, setCaps] = useState(capValues(null));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [created, create] = useMutation(CreateTenant);
  const [shown, setShown] = useState<{ tenant: string; email: string; password: string | null } | null>(null);
  const errs = { ...fieldErrors(created.error), ...local };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { caps: c, invalid } = capInput(caps);
    setLocal(invalid);
    if (Object.keys(invalid).length > 0) return;
    const password = form.adminPassword.trim();
    const r = await create({
      input: { name: form.name.trim(), adminEmail: form.adminEmail.trim(), ...(password ? { adminPassword: password } : {}), ...c },
    });
    if (r.data) {
      const p = r.data.createTenant;
      setShown({ tenant: p.tenant.name, email: p.adminEmail, password: p.generatedPassword ?? null });
      setForm(EMPTY);
      setCaps(capValues(null));
      onCreated();
    }
  };

  return (
    <form className="card" onSubmit={asyncHandler(submit)} aria-label="New tenant" noValidate>
      <h2>New tenant</h2>
      {shown && <GeneratedPassword {...shown} onDismiss={() => setShown(null)} />}
      <div className="grid3">
        <Field label="Name" name="name" error={errs.name} hint="Unique, 1 to 100 characters">
          <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label="Admin email" name="adminEmail" error={errs.adminEmail} hint="The tenant's first admin signs in with it">
          <input
            name="adminEmail"
            type="email"
            value={form.adminEmail}
            onChange={(e) => setForm({ ...form, adminEmail: e.target.value })}
          />
        </Field>
        <Field label="Admin password" name="adminPassword" error={errs.adminPassword} hint="Optional: empty generates one, shown once">
          <input
            name="adminPassword"
            type="password"
            autoComplete="new-password"
            value={form.adminPassword}
            onChange={(e) => setForm({ ...form, adminPassword: e.target.value })}
          />
        </Field>
        <CapsFields values={caps} errors={errs} onChange={setCaps} />
      </div>
      {created.error && Object.keys(errs).length === 0 && (
        <p className="error" role="alert">
          {errorMessage(created.error)}
        </p>
      )}
      <button className="button primary" type="submit" style={{ marginTop: 12 }} disabled={created.fetching}>
        Create tenant
      </button>
    </form>
  );
}
