import type { NextConfig } from 'next';
import path from 'node:path';

const startBuild = process.env.PACER_START_BUILD === '1';

/**
 * The browser talks to one origin: /graphql is a route handler (src/app/graphql/route.ts)
 * that forwards to PACER_API_URL at request time, so one build serves any API address.
 * Subscriptions go straight to the API's WebSocket (see src/lib/config.ts).
 */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: path.join(__dirname, '..') },
  // `npm start`'s build (scripts/build-changed.mjs sets PACER_START_BUILD=1) skips next's type
  // check, which doubled a first start's build time: it serves committed code whose types
  // `npm test` checks (web:typecheck). It also skips Turbopack's build cache, written at the end
  // of every build (~15 s on 2 cores) and only of use to a rebuild: npm start rebuilds only when
  // sources changed. Every other build (web:build, e2e) is next's default.
  typescript: { ignoreBuildErrors: startBuild },
  experimental: { turbopackFileSystemCacheForBuild: !startBuild },
};

export default config;
