import { z } from 'zod';
import type { LiveCall } from '../port';

const rowSchema = z
  .object({
    uuid: z.string(),
    dest: z.string().optional(),
    callstate: z.string().optional(),
    created_epoch: z.string().optional(),
    cid_num: z.string().optional(),
  })
  .passthrough();

const replySchema = z.object({ row_count: z.number(), rows: z.array(rowSchema).optional() }).passthrough();

/** Parses `show calls as json`; the switch answers `{"row_count":0}` with no `rows` when idle. */
export function parseLiveCalls(body: string): LiveCall[] {
  const text = body.trim();
  if (text === '' || text.startsWith('-ERR')) throw new Error(`show calls failed: ${text.slice(0, 120)}`);
  const parsed = replySchema.parse(JSON.parse(text));
  return (parsed.rows ?? []).map((r) => ({
    callId: r.uuid,
    destination: r.dest ?? '',
    state: r.callstate ?? '',
    createdAt: new Date(Number(r.created_epoch ?? '0') * 1000),
    callerIdNumber: r.cid_num || undefined,
  }));
}
