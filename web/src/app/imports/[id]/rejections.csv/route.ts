/** Same-origin download of an import's rejected rows (the API's GET /imports/:id/rejections.csv). */
import { apiOrigin } from '@/lib/api-origin';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const auth = request.headers.get('authorization');
  try {
    const res = await fetch(`${apiOrigin()}/imports/${encodeURIComponent(id)}/rejections.csv`, {
      headers: auth ? { authorization: auth } : {},
    });
    const headers = new Headers();
    for (const h of ['content-type', 'content-disposition']) {
      const v = res.headers.get(h);
      if (v) headers.set(h, v);
    }
    return new Response(res.body, { status: res.status, headers });
  } catch {
    return Response.json({ error: { code: 'UNAVAILABLE', message: 'The Pacer API cannot be reached' } }, { status: 502 });
  }
}
