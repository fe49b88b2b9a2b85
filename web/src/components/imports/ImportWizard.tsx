'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import type { ImportOptionsInput } from '@/gql/graphql';
import { errorCode, errorMessage } from '@/lib/errors';
import { AUTO, ImportChoices, type Choices } from './ImportChoices';
import { ImportResult } from './ImportResult';
import { ROLE_LABELS, mappingFromRoles, rolesFromMapping, type ColumnRole } from './mapping';
import { uploadFile, type Upload } from './upload';
import styles from './imports.module.css';
import { asyncHandler } from '@/lib/async-handler';

const PreviewQuery = graphql(`
  query ImportPreview($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput) {
    importPreview(uploadId: $uploadId, target: $target, options: $options, rows: 8) {
      format
      charset
      separator
      header
      columns
      rows
      mapping {
        phones
        name
        externalId
        tags
        timezone
        priority
        expireAt
        notBefore
        notAfter
        schedule
        region
        nameColumns
        numberSeparator
        fields
      }
    }
  }
`);

const StartImport = graphql(`
  mutation StartImport($uploadId: ID!, $target: ImportTargetInput!, $options: ImportOptionsInput, $force: Boolean!) {
    startImport(uploadId: $uploadId, target: $target, options: $options, force: $force) {
      id
      status
    }
  }
`);

const Progress = graphql(`
  subscription ImportProgress($importId: ID!) {
    importProgress(importId: $importId) {
      importId
      status
      percent
      rowsRead
      imported
      rejected
      merged
      flaggedDnc
      error
    }
  }
`);

function toOptions(c: Choices, columns: string[] | null, roles: Record<string, ColumnRole> | null): ImportOptionsInput {
  const o: ImportOptionsInput = { onDuplicate: c.onDuplicate, onDnc: c.onDnc };
  if (c.format) o.format = c.format;
  if (c.charset) o.charset = c.charset;
  if (c.separator) o.separator = c.separator === 'TAB' ? '\t' : c.separator;
  if (c.header) o.header = c.header;
  if (columns && roles) o.mapping = mappingFromRoles(columns, roles, c.numberSeparator);
  return o;
}

/** Upload a file, check how it is read (preview + column mapping), import it and follow progress. */
export function ImportWizard({
  target,
  backHref,
  targetLabel,
}: {
  target: { campaignId: string } | { listId: string } | { dncList: string };
  backHref: string;
  targetLabel: string;
}) {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [uploadPct, setUploadPct] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Choices>(AUTO);
  const [roles, setRoles] = useState<Record<string, ColumnRole> | null>(null);
  const [columns, setColumns] = useState<string[] | null>(null);
  const [force, setForce] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const options = toOptions(choices, columns, roles);
  const [preview] = useQuery({
    query: PreviewQuery,
    variables: { uploadId: upload?.id ?? '', target, options },
    pause: !upload || importId !== null,
    requestPolicy: 'network-only',
  });
  const [started, start] = useMutation(StartImport);
  const [progress] = useSubscription({ query: Progress, variables: { importId: importId ?? '' }, pause: !importId });

  // The first preview's detected mapping seeds the column roles; later edits are the user's.
  const p = preview.data?.importPreview;
  useEffect(() => {
    if (!p) return;
    if (!columns || columns.join('\u0000') !== p.columns.join('\u0000')) {
      setColumns(p.columns);
      setRoles(rolesFromMapping(p.columns, p.mapping));
    }
  }, [p, columns]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setUpload(null);
    setUploadError(null);
    setColumns(null);
    setRoles(null);
    setChoices(AUTO);
    setImportId(null);
    setUploadPct(0);
    try {
      setUpload(await uploadFile(file, setUploadPct));
    } catch (err) {
      setUploadError((err as Error).message);
    } finally {
      setUploadPct(null);
    }
  };
  const run = async () => {
    if (!upload) return;
    const r = await start({ uploadId: upload.id, target, options, force });
    if (r.data) setImportId(r.data.startImport.id);
  };
  const set = <K extends keyof Choices>(k: K, v: Choices[K]) => setChoices({ ...choices, [k]: v });
  const hasPhone = roles ? Object.values(roles).includes('phone') : false;

  if (importId) {
    return (
      <ImportResult
        importId={importId}
        live={progress.data?.importProgress ?? null}
        backHref={backHref}
        backLabel={`Back to the ${targetLabel}`}
        onAgain={() => {
          setImportId(null);
          setUpload(null);
          setColumns(null);
          setRoles(null);
          setChoices(AUTO);
          setForce(false);
        }}
      />
    );
  }
  return (
    <>
      <div className="card">
        <h2>1. File</h2>
        <p className="muted small" style={{ marginTop: -6 }}>
          CSV (first column numbers, separated by |; other columns become fields), TXT (one number per line), JSON or NDJSON.
        </p>
        <input
          type="file"
          name="file"
          accept=".csv,.txt,.json,.ndjson,.jsonl,text/csv,text/plain,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {uploadPct !== null && (
          <div className={styles.bar} aria-label="Upload progress">
            <div style={{ width: `${uploadPct}%` }} />
          </div>
        )}
        {uploadError && (
          <p className="error" role="alert">
            {uploadError}
          </p>
        )}
        {upload && (
          <p className="muted small" data-testid="uploaded">
            Uploaded {upload.fileName} ({Math.ceil(upload.size / 1024)} KB).
          </p>
        )}
      </div>
      {upload && (
        <div className="card">
          <h2>2. How it is read</h2>
          <ImportChoices choices={choices} set={set} detected={p} />
          {preview.error && (
            <p className="error" role="alert">
              {errorMessage(preview.error)}
            </p>
          )}
          {preview.fetching && !p && <p className="muted">Reading the file…</p>}
          {p && (
            <div style={{ overflowX: 'auto', marginTop: 12 }}>
              <table className="table" data-testid="import-preview">
                <thead>
                  <tr>
                    {p.columns.map((c) => (
                      <th key={c}>{c}</th>
                    ))}
                  </tr>
                  {roles && p.format === 'CSV' && (
                    <tr>
                      {p.columns.map((c) => (
                        <th key={c}>
                          <select
                            aria-label={`Column ${c}`}
                            value={roles[c] ?? 'field'}
                            onChange={(e) => setRoles({ ...roles, [c]: e.target.value as ColumnRole })}
                          >
                            {ROLE_LABELS.map(([r, label]) => (
                              <option key={r} value={r}>
                                {label}
                              </option>
                            ))}
                          </select>
                        </th>
                      ))}
                    </tr>
                  )}
                </thead>
                <tbody>
                  {p.rows.map((row, i) => (
                    <tr key={i}>
                      {row.map((cell, j) => (
                        <td key={j} className="small">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      {upload && p && (
        <div className="card">
          <h2>3. Import</h2>
          {p.format === 'CSV' && !hasPhone && (
            <p className="error" role="alert">
              Choose the column that holds the phone numbers.
            </p>
          )}
          {started.error && (
            <p className="error" role="alert">
              {errorMessage(started.error)}
            </p>
          )}
          {errorCode(started.error) === 'CONFLICT' && (
            <label className="check">
              <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> Import this file again anyway
            </label>
          )}
          <div className="row" style={{ marginTop: 10 }}>
            <button
              type="button"
              className="button primary"
              disabled={started.fetching || (p.format === 'CSV' && !hasPhone)}
              onClick={asyncHandler(run)}
            >
              Import into the {targetLabel}
            </button>
            <Link className="button ghost" href={backHref}>
              Back to the {targetLabel}
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
