import type { NumberRules } from '../commands/recipient/prepare-recipients';
import type { ResolvedMapping } from './column-mapping';
import type { CsvRecord } from './csv-records';
import { rowToRecipient } from './row-to-recipient';
import { readyLine, rejectLine } from './stage-table';

/** A batch of rows as COPY text, and how many of them were rejected. */
export interface StagedBatch {
  text: string;
  rejected: number;
}

/** Validates and encodes a batch of CSV rows; pure, so it runs the same inline or in a worker. */
export function stageBatch(records: CsvRecord[], mapping: ResolvedMapping, rules: NumberRules): StagedBatch {
  let text = '';
  let rejected = 0;
  for (const rec of records) {
    const result = rowToRecipient(rec.cells, mapping, rules);
    if (result.ok) {
      text += readyLine(rec.row, result.row, rec.raw);
    } else {
      rejected++;
      text += rejectLine(rec.row, result.reject, rec.raw);
    }
  }
  return { text, rejected };
}
