import type { NextConfig } from 'next';
import path from 'node:path';

/**
 * The browser talks to one origin: /graphql is a route handler (src/app/graphql/route.ts)
 * that forwards to PACER_API_URL at request time, so one build serves any API address.
 * Subscriptions go straight to the API's WebSocket (see src/lib/config.ts).
 */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: path.join(__dirname, '..') },
};

export default config;
