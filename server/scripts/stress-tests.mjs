#!/usr/bin/env node
// `npm run test:stress`: the server suite on a machine made busy on purpose, two CPU burners
// per core beside it, so a test that only passes on an idle machine fails here first instead
// of in CI. `--runs N` repeats the suite (stopping at the first red run); other arguments are
// test files, passed on to run-tests.mjs.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of runs, e.g. --runs 3');
  process.exit(2);
}

const burnerCount = 2 * availableParallelism();
const burners = Array.from({ length: burnerCount }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopBurners = () => {
  for (const b of burners) b.kill('SIGKILL');
};
process.on('exit', stopBurners);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const runner = fileURLToPath(new URL('./run-tests.mjs', import.meta.url));
const summaries = [];
let code = 0;
for (let i = 1; i <= runs && code === 0; i++) {
  console.log(`\n=== stress run ${i}/${runs}: ${burnerCount} CPU burners on ${availableParallelism()} cores ===`);
  const started = Date.now();
  code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('exit', (c, signal) => {
      const counts = Object.fromEntries([...tail.matchAll(/^ℹ (tests|pass|fail|cancelled) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
      summaries.push(
        `run ${i}: ${c === 0 ? 'green' : 'RED'}, tests ${counts.tests ?? '?'}, pass ${counts.pass ?? '?'}, fail ${counts.fail ?? '?'}, ` +
          `cancelled ${counts.cancelled ?? '?'}, ${Math.round((Date.now() - started) / 1000)} s`,
      );
      resolve(signal ? 1 : (c ?? 1));
    });
  });
}
stopBurners();
console.log(`\n=== stress summary (${burnerCount} burners, ${availableParallelism()} cores) ===\n${summaries.join('\n')}`);
process.exit(code);
