import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from './providers';
import './globals.css';

// Every page is live data behind a login: never prerender (the API is not there at build time).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Pacer console', description: 'Outbound campaign dialer' };

/** Where the browser opens the subscription socket: PACER_WS_URL, else the API's port on this host. */
function wsSetting(): { wsUrl: string | null; apiPort: string; apiPath: string } {
  const api = new URL(process.env.PACER_API_URL ?? 'http://127.0.0.1:4000/graphql');
  return { wsUrl: process.env.PACER_WS_URL || null, apiPort: api.port || '80', apiPath: api.pathname };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers ws={wsSetting()}>{children}</Providers>
      </body>
    </html>
  );
}
