import type { Client } from 'graphql-ws';
import assert from 'node:assert/strict';
import { resultWhere, type TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';

export interface Uploaded {
  id: string;
  size: number;
  format: string;
  contentHash: string;
}
export interface JobView {
  id: string;
  status: string;
  rowsRead: number;
  imported: number;
  merged: number;
  rejected: number;
  flaggedDnc: number;
  percent: number;
  error: string | null;
  rejectionsUrl: string;
  settings: { format: string; charset: string; separator: string; header: string } | null;
  rejections: Array<{ row: number; column: string | null; code: string; reason: string; line: string | null }>;
}

export const JOB_FIELDS = `id status rowsRead imported merged rejected flaggedDnc percent error rejectionsUrl
  settings { format charset separator header } rejections(first: 1000) { row column code reason line }`;

/** The API's origin (the GraphQL URL without /graphql). */
export function origin(t: TestApp): string {
  return t.url.replace(/\/graphql$/, '');
}

/** POST /imports with the raw file as the body. */
export async function upload(
  t: TestApp,
  token: string | null,
  body: Buffer | string,
  fileName = 'list.csv',
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${origin(t)}/imports?filename=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function uploadOk(t: TestApp, token: string, body: Buffer | string, fileName = 'list.csv'): Promise<Uploaded> {
  const r = await upload(t, token, body, fileName);
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json as unknown as Uploaded;
}

const START = `mutation($u: ID!, $t: ImportTargetInput!, $o: ImportOptionsInput, $f: Boolean) {
  startImport(uploadId: $u, target: $t, options: $o, force: $f) { id status } }`;

/** Polls importJob until it leaves RUNNING. */
export async function waitForJob(t: TestApp, token: string, id: string, timeoutMs = 60_000): Promise<JobView> {
  const job = async () =>
    (await t.ok<{ importJob: JobView }>(`query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`, { id }, token)).importJob;
  return waitFor(job, { what: `import ${id} to leave RUNNING`, timeoutMs, until: (j) => j.status !== 'RUNNING', intervalMs: 50 });
}

/** Upload + start + wait: the finished job. */
export async function importFile(
  t: TestApp,
  token: string,
  body: Buffer | string,
  target: Record<string, string>,
  options: Record<string, unknown> = {},
  fileName = 'list.csv',
): Promise<JobView> {
  const up = await uploadOk(t, token, body, fileName);
  await t.ok(START, { u: up.id, t: target, o: options }, token);
  return waitForJob(t, token, up.id);
}

export { START };

export async function createCampaign(t: TestApp, token: string, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { name, ...extra } },
    token,
  );
  return r.createCampaign.id;
}

export interface RecipientView {
  id: string;
  name: string;
  state: string;
  fields: Record<string, string>;
  tags: string[];
  originalLine: string | null;
  callbackAt: string | null;
  callbackExtension: string | null;
  phones: Array<{ number: string; priority: number }>;
}

export async function recipientsOf(t: TestApp, token: string, campaignId: string): Promise<RecipientView[]> {
  const r = await t.ok<{ recipients: { nodes: RecipientView[] } }>(
    `query($c: ID!) { recipients(campaignId: $c, first: 500) { nodes { id name state fields tags originalLine callbackAt callbackExtension phones { number priority } } } }`,
    { c: campaignId },
    token,
  );
  return r.recipients.nodes;
}

export interface ProgressView {
  status: string;
  imported: number;
  rejected: number;
  rowsRead: number;
  percent: number;
}

/** Subscribes to importProgress and resolves with every report up to the final one (the deadline only bounds a failure). */
export function progressUntilDone(
  client: Client,
  importId: string,
  timeoutMs = 30_000,
): { ready: Promise<void>; reports: Promise<ProgressView[]> } {
  const query = 'subscription($id: ID!) { importProgress(importId: $id) { status imported rejected rowsRead percent } }';
  const sub = resultWhere<{ importProgress: ProgressView }>(
    client,
    query,
    { id: importId },
    (d) => d.importProgress.status !== 'RUNNING',
    timeoutMs,
  );
  return { ready: sub.ready, reports: sub.result.then(() => sub.seen.map((d) => d.importProgress)) };
}
