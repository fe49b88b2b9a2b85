'use client';
// The new tenant admin's credentials right after creation: the generated password exists
// only in this answer, so the notice says so plainly.
export function GeneratedPassword(props: { tenant: string; email: string; password: string | null; onDismiss(): void }) {
  return (
    <div className="notice warn" data-testid="new-tenant" role="status">
      <div>
        Tenant <b>{props.tenant}</b> created; its admin signs in as <b>{props.email}</b>.
      </div>
      {props.password ? (
        <div style={{ marginTop: 8 }}>
          Generated password:{' '}
          <code className="mono" data-testid="generated-password">
            {props.password}
          </code>
          <div className="small" style={{ marginTop: 4 }}>
            <b>Copy it now, it is not shown again.</b>
          </div>
        </div>
      ) : (
        <div className="small muted">The admin signs in with the password you gave.</div>
      )}
      <button type="button" className="button small" style={{ marginTop: 8 }} onClick={props.onDismiss}>
        {props.password ? 'I have copied it' : 'Dismiss'}
      </button>
    </div>
  );
}
