import { registerEnumType } from 'type-graphql';
import { DncMode, DuplicateMode, HeaderMode, ImportCharset, ImportFormat, ImportStatus, RejectCode } from '../../imports/import-types';

// The import enums, registered once before any import type uses them.
registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'CSV, TXT (one number per line), JSON array or NDJSON of RecipientInput',
});
registerEnumType(ImportCharset, { name: 'ImportCharset' });
registerEnumType(HeaderMode, { name: 'HeaderMode', description: 'How the first row of a CSV file is read' });
registerEnumType(DuplicateMode, { name: 'ImportDuplicateMode', description: 'A number the target (or an earlier row) already has' });
registerEnumType(DncMode, { name: 'ImportDncMode', description: 'A number on a do-not-call list' });
registerEnumType(RejectCode, { name: 'ImportRejectCode' });
