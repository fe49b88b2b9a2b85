import type { ImportJob } from '../../entities/import-job.entity';
import { usedColumns, type ResolvedMapping } from '../../imports/column-mapping';
import type { ImportChoices, ImportPlan } from '../../imports/import-plan';
import type { ImportSpec } from '../../imports/import-spec';
import { ImportStatus, type ColumnMapping, type ImportTarget } from '../../imports/import-types';
import { badInput } from '../../errors/app-error';
import { dncListName } from '../../commands/settings/dnc-number';
import type { ImportOptionsInput, ImportTargetInput } from './import-options.input';
import type { ColumnMappingNode, ImportPreviewNode } from './import-preview.type';
import type { ImportJobNode } from './import-job.type';
const ROLE_KEYS = [
  'name',
  'externalId',
  'timezone',
  'priority',
  'expireAt',
  'notBefore',
  'notAfter',
  'tags',
  'schedule',
  'region',
] as const;

export function toChoices(input: ImportOptionsInput | undefined): ImportChoices {
  if (!input) return {};
  const { mapping, ...rest } = input;
  const choices: ImportChoices = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
  if (mapping) {
    const m: ColumnMapping = { ...mapping, phones: mapping.phones, numberSeparator: mapping.numberSeparator ?? '|' };
    choices.mapping = Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined && v !== null)) as unknown as ColumnMapping;
  }
  return choices;
}

export function toTarget(input: ImportTargetInput): ImportTarget {
  const given = [input.campaignId, input.listId, input.dncList].filter((v) => v != null);
  if (given.length !== 1) throw badInput('target', 'give exactly one of campaignId, listId or dncList');
  if (input.campaignId) return { kind: 'campaign', campaignId: input.campaignId };
  if (input.listId) return { kind: 'list', listId: input.listId };
  return { kind: 'dnc', listName: dncListName(input.dncList) };
}

export function mappingNode(m: ResolvedMapping): ColumnMappingNode {
  const name = (i: number | undefined): string | undefined => (i === undefined ? undefined : m.columns[i]);
  const used = new Set(usedColumns(m));
  const nameColumns = (m.name !== undefined ? [m.name] : (m.nameParts ?? [])).map((i) => m.columns[i] ?? `col${i + 1}`);
  const roleOf = (i: number): string => {
    if (m.phones.includes(i)) return 'phones';
    if (m.nameParts?.includes(i)) return 'name';
    return ROLE_KEYS.find((r) => m[r] === i) ?? 'field';
  };
  return {
    phones: m.phones.map((i) => m.columns[i] ?? `col${i + 1}`),
    numberSeparator: m.numberSeparator,
    name: name(m.name),
    externalId: name(m.externalId),
    timezone: name(m.timezone),
    priority: name(m.priority),
    expireAt: name(m.expireAt),
    notBefore: name(m.notBefore),
    notAfter: name(m.notAfter),
    tags: name(m.tags),
    schedule: name(m.schedule),
    region: name(m.region),
    nameColumns,
    fields: m.columns.filter((_, i) => !used.has(i)),
    roles: m.columns.map((column, i) => ({ column, role: roleOf(i) })),
  };
}

export function previewNode(plan: ImportPlan): ImportPreviewNode {
  const o = plan.options;
  return {
    format: o.format,
    charset: o.charset,
    separator: o.separator,
    header: o.header,
    columns: plan.mapping?.columns ?? [],
    rows: plan.sampleRows.map((r) => r.cells),
    mapping: plan.mapping ? mappingNode(plan.mapping) : null,
  };
}

export function jobNode(job: ImportJob): ImportJobNode {
  const size = Number(job.fileSize);
  const spec = job.options as unknown as ImportSpec | undefined;
  const percent =
    job.status === ImportStatus.COMPLETED ? 100 : size > 0 ? Math.min(90, Math.floor((Number(job.bytesRead) / size) * 90)) : 0;
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    fileSize: size,
    contentHash: job.contentHash,
    format: job.format,
    campaignId: job.campaignId ?? null,
    listId: job.listId ?? null,
    dncList: spec?.target?.kind === 'dnc' ? spec.target.listName : null,
    settings: spec?.options ? { ...spec.options } : null,
    rowsRead: job.rowsRead,
    imported: job.imported,
    merged: job.merged,
    rejected: job.rejected,
    flaggedDnc: job.flaggedDnc,
    percent,
    error: job.error ?? null,
    rejectionsUrl: `/imports/${job.id}/rejections.csv`,
    createdAt: job.createdAt,
    startedAt: job.startedAt ?? null,
    finishedAt: job.finishedAt ?? null,
  };
}
