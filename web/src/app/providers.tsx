'use client';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { Provider } from 'urql';
import { makeClient } from '@/lib/urql';
import { setToken, useToken } from '@/lib/session';
import { ApiGate } from '@/components/shell/ApiGate';

export interface WsSetting {
  wsUrl: string | null;
  apiPort: string;
  apiPath: string;
}

function resolveWsUrl(ws: WsSetting): string {
  if (ws.wsUrl) return ws.wsUrl;
  if (typeof window === 'undefined') return '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.hostname}:${ws.apiPort}${ws.apiPath}`;
}

/** One urql client per token: signing in or out rebuilds HTTP auth and the socket. */
export function Providers({ ws, children }: { ws: WsSetting; children: ReactNode }) {
  const token = useToken();
  const router = useRouter();
  // Through a ref: the client must not be rebuilt (and the socket reopened) when the router changes.
  const routerRef = useRef(router);
  useEffect(() => {
    routerRef.current = router;
  }, [router]);
  const consoleClient = useMemo(
    () =>
      makeClient({
        token: token ?? null,
        wsUrl: resolveWsUrl(ws),
        onUnauthenticated: () => {
          // The session ended (expired, revoked, user disabled): sign in again, then come back here.
          const here = window.location.pathname;
          if (here.startsWith('/login')) return; // a wrong password, not an ended session
          setToken(null);
          routerRef.current.replace(`/login?next=${encodeURIComponent(here)}`);
        },
      }),
    [token, ws],
  );
  useEffect(() => () => consoleClient.dispose(), [consoleClient]);
  if (token === undefined) return null;
  return (
    <Provider value={consoleClient.client}>
      <ApiGate>{children}</ApiGate>
    </Provider>
  );
}
