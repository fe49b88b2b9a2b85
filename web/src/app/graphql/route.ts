/**
 * Same-origin GraphQL over HTTP: forwards the browser's POST to the API named by
 * PACER_API_URL (read per request, so one build serves any API address). The browser's
 * address goes along as X-Forwarded-For (Next sets it from the socket) so the API throttles
 * logins per browser, not per console; a refusal's Retry-After comes back with its 429.
 */
import { apiUrl } from '@/lib/api-origin';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': request.headers.get('content-type') ?? 'application/json' };
  for (const name of ['authorization', 'accept', 'x-forwarded-for']) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  try {
    const res = await fetch(apiUrl(), { method: 'POST', headers, body: await request.text(), cache: 'no-store' });
    const out: Record<string, string> = { 'content-type': res.headers.get('content-type') ?? 'application/json' };
    const retryAfter = res.headers.get('retry-after');
    if (retryAfter) out['retry-after'] = retryAfter;
    return new Response(await res.text(), { status: res.status, headers: out });
  } catch {
    return Response.json(
      { errors: [{ message: 'The Pacer API cannot be reached', extensions: { code: 'UNAVAILABLE' } }] },
      { status: 502 },
    );
  }
}
