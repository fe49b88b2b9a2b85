import type { NumberRules } from '../commands/recipient/prepare-recipients';
import type { ResolvedMapping } from './column-mapping';
import type { ImportOptions, ImportTarget } from './import-types';

/** Who started an import, for the campaign's history. */
export interface ImportActor {
  kind: 'USER' | 'API_KEY';
  id: string;
  label: string;
}

/** Everything a run needs, stored on the job (options jsonb) when it is started. */
export interface ImportSpec {
  options: ImportOptions;
  rules: NumberRules;
  skipFirstRow: boolean;
  mapping: ResolvedMapping | null;
  target: ImportTarget;
  actor: ImportActor;
}
