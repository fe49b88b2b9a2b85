// Fails fast, before the web build, when the browser the e2e tests drive is not installed.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `e2e: Chromium not found at ${path}.\n  Install it with: apt-get install -y chromium\n  (or set CHROMIUM_PATH). \`npx playwright install\` cannot work here: no download.`,
  );
  process.exit(1);
}
