/**
 * Same-origin file upload: streams the browser's body to the API's POST /imports without
 * buffering it (files may be hundreds of MB), passing the Authorization header and file name.
 */
import { apiOrigin } from '@/lib/api-origin';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const target = `${apiOrigin()}/imports?filename=${encodeURIComponent(url.searchParams.get('filename') ?? 'upload.csv')}`;
  const headers: Record<string, string> = { 'content-type': request.headers.get('content-type') ?? 'application/octet-stream' };
  const auth = request.headers.get('authorization');
  if (auth) headers.authorization = auth;
  const length = request.headers.get('content-length');
  if (length) headers['content-length'] = length;
  try {
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', headers, body: request.body, duplex: 'half' };
    const res = await fetch(target, init);
    return new Response(await res.text(), {
      status: res.status,
      headers: { 'content-type': res.headers.get('content-type') ?? 'application/json' },
    });
  } catch {
    return Response.json({ error: { code: 'UNAVAILABLE', message: 'The Pacer API cannot be reached' } }, { status: 502 });
  }
}
