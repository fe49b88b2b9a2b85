'use client';
import type { HeaderMode, ImportCharset, ImportDncMode, ImportDuplicateMode, ImportFormat } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import styles from './imports.module.css';

/** The reading and duplicate/DNC choices of the import wizard; '' means "use what was detected". */
export interface Choices {
  format: ImportFormat | '';
  charset: ImportCharset | '';
  separator: string;
  header: HeaderMode | '';
  onDuplicate: ImportDuplicateMode;
  onDnc: ImportDncMode;
  numberSeparator: string;
}
export const AUTO: Choices = {
  format: '',
  charset: '',
  separator: '',
  header: '',
  onDuplicate: 'REJECT',
  onDnc: 'FLAG',
  numberSeparator: '|',
};

/** What the preview detected, shown beside "Detect". */
interface Detected {
  format: string;
  charset: string;
  separator: string;
  header: string;
}

/** Step 2's option grid of the import wizard (ImportWizard.tsx). */
export function ImportChoices({
  choices,
  set,
  detected: p,
}: {
  choices: Choices;
  set: <K extends keyof Choices>(k: K, v: Choices[K]) => void;
  detected: Detected | null | undefined;
}) {
  return (
    <div className={styles.options}>
      <label className="field">
        <span>Format</span>
        <select value={choices.format} onChange={(e) => set('format', e.target.value as ImportFormat | '')}>
          <option value="">Detect{p ? ` (${p.format})` : ''}</option>
          {(['CSV', 'TXT', 'JSON', 'NDJSON'] as const).map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Charset</span>
        <select value={choices.charset} onChange={(e) => set('charset', e.target.value as ImportCharset | '')}>
          <option value="">Detect{p ? ` (${p.charset})` : ''}</option>
          {(['UTF8', 'LATIN1', 'WINDOWS_1252'] as const).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Separator</span>
        <select value={choices.separator} onChange={(e) => set('separator', e.target.value)}>
          <option value="">Detect{p ? ` (${p.separator === '\t' ? 'tab' : p.separator})` : ''}</option>
          <option value=",">,</option>
          <option value=";">;</option>
          <option value="|">|</option>
          <option value="TAB">tab</option>
        </select>
      </label>
      <label className="field">
        <span>First row</span>
        <select value={choices.header} onChange={(e) => set('header', e.target.value as HeaderMode | '')}>
          <option value="">Detect{p ? ` (${humanize(p.header)})` : ''}</option>
          <option value="USE">Is the header</option>
          <option value="SKIP">Skip it</option>
          <option value="NONE">Is data</option>
        </select>
      </label>
      <label className="field">
        <span>Numbers in a cell split by</span>
        <input style={{ width: 60 }} value={choices.numberSeparator} onChange={(e) => set('numberSeparator', e.target.value)} />
      </label>
      <label className="field">
        <span>Duplicate number</span>
        <select value={choices.onDuplicate} onChange={(e) => set('onDuplicate', e.target.value as ImportDuplicateMode)}>
          <option value="REJECT">Reject the row</option>
          <option value="MERGE">Merge into the recipient</option>
        </select>
      </label>
      <label className="field">
        <span>Number on DNC</span>
        <select value={choices.onDnc} onChange={(e) => set('onDnc', e.target.value as ImportDncMode)}>
          <option value="FLAG">Import as DNC (never dialed)</option>
          <option value="SKIP">Reject the row</option>
        </select>
      </label>
    </div>
  );
}
