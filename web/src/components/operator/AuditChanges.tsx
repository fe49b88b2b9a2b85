// An audit entry's changes: "field: from → to" for an update, "field: value" for what a
// creation set (the API never records passwords, hashes or keys).
import styles from './operator.module.css';

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function isFromTo(v: unknown): v is { from: unknown; to: unknown } {
  return typeof v === 'object' && v !== null && 'from' in v && 'to' in v;
}

export function AuditChanges({ changes }: { changes: Record<string, unknown> }) {
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="muted small">—</span>;
  return (
    <ul className={styles.changes}>
      {entries.map(([field, v]) => (
        <li key={field} data-field={field}>
          <span className="muted">{field}:</span>{' '}
          {isFromTo(v) ? (
            <>
              <s className="muted">{show(v.from)}</s> → <b>{show(v.to)}</b>
            </>
          ) : (
            <b>{show(v)}</b>
          )}
        </li>
      ))}
    </ul>
  );
}
