/**
 * Whether the Pacer API answers yet (its /healthz is mounted once GraphQL has started): the
 * console waits on it at load and shows "starting…" instead of failing (components/shell/ApiGate.tsx).
 */
import { apiOrigin } from '@/lib/api-origin';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const res = await fetch(`${apiOrigin()}/healthz`, { cache: 'no-store', signal: AbortSignal.timeout(3_000) });
    return Response.json({ up: res.ok }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return Response.json({ up: false }, { headers: { 'cache-control': 'no-store' } });
  }
}
