/** Where an import job is in its life. */
export enum ImportStatus {
  /** File stored and checked; waiting for startImport. */
  UPLOADED = 'UPLOADED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  /** Nothing was imported; `error` says why. */
  FAILED = 'FAILED',
}

export enum ImportFormat {
  CSV = 'CSV',
  /** One number per line (MOR). */
  TXT = 'TXT',
  /** An array of RecipientInput objects. */
  JSON = 'JSON',
  /** One RecipientInput object per line. */
  NDJSON = 'NDJSON',
}

export enum ImportCharset {
  UTF8 = 'UTF8',
  LATIN1 = 'LATIN1',
  WINDOWS_1252 = 'WINDOWS_1252',
}

export enum HeaderMode {
  /** Use the first row as column names when it does not look like data. */
  AUTO = 'AUTO',
  /** The first row names the columns. */
  USE = 'USE',
  /** The first row is a header, not data, taken as it is (never tested for numbers); its cells name the columns. */
  SKIP = 'SKIP',
  /** Every row is data; columns are col1, col2… */
  NONE = 'NONE',
}

/** A number the campaign (or the file) already has. */
export enum DuplicateMode {
  /** The later row is rejected with reason DUPLICATE. */
  REJECT = 'REJECT',
  /** The later row's name, fields and tags are merged into the recipient holding the number. */
  MERGE = 'MERGE',
}

export enum DncMode {
  /** Imported with state DNC: visible, never dialed. */
  FLAG = 'FLAG',
  /** Rejected with reason DNC. */
  SKIP = 'SKIP',
}

/** Stable codes of a rejected row, for the error report and clients. */
export enum RejectCode {
  INVALID_NUMBER = 'INVALID_NUMBER',
  NO_NUMBER = 'NO_NUMBER',
  INVALID_VALUE = 'INVALID_VALUE',
  DUPLICATE = 'DUPLICATE',
  DNC = 'DNC',
}

/** Which column holds what; each value is a header name (case-insensitive) or a 1-based column number. */
export interface ColumnMapping {
  phones: string[];
  /** Splits one phone cell into several numbers, dialed in order (the ADS lists use `|`). */
  numberSeparator: string;
  name?: string;
  externalId?: string;
  timezone?: string;
  priority?: string;
  expireAt?: string;
  notBefore?: string;
  notAfter?: string;
  tags?: string;
  schedule?: string;
  /** E164 only: a column of ISO 3166 alpha-2 regions, each row's numbers read in its own region. */
  region?: string;
  /** Columns kept as fields: never guessed as a role (the console's "Field" choice). */
  fields?: string[];
}

/** Everything the user chose (or we detected) about reading one file. */
export interface ImportOptions {
  format: ImportFormat;
  charset: ImportCharset;
  separator: string;
  header: HeaderMode;
  mapping: ColumnMapping | null;
  onDuplicate: DuplicateMode;
  onDnc: DncMode;
}

/**
 * Where the rows go: a campaign's recipients, a reusable list's contacts, or a DNC list of
 * the tenant (by name; the rows' numbers become its entries, a row's expireAt their expiry).
 */
export type ImportTarget = { kind: 'campaign'; campaignId: string } | { kind: 'list'; listId: string } | { kind: 'dnc'; listName: string };
