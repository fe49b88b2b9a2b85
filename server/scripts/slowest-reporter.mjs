// A node:test reporter, used beside `spec` by run-tests.mjs: after the run it prints the test
// files that took longest, to see where the suite's time goes on a busy machine.
// Per file: node 20 reports each file as a nesting-0 `test:complete` named by its path, with the
// whole file's duration (hooks and setup included); where that event is missing (other Node
// lines) the file's nesting-0 tests' durations are summed instead.
//   PACER_TEST_SLOWEST: how many files to list (default 10, 0 for none)
import { relative } from 'node:path';

export default async function* slowestFiles(source) {
  const whole = new Map();
  const summed = new Map();
  for await (const event of source) {
    const data = event.data;
    if (data?.nesting !== 0 || !data.file || data.details?.duration_ms === undefined) continue;
    if (event.type === 'test:complete' && data.name === data.file) whole.set(data.file, data.details.duration_ms);
    else if (event.type === 'test:pass' || event.type === 'test:fail')
      summed.set(data.file, (summed.get(data.file) ?? 0) + data.details.duration_ms);
  }
  const count = Number(process.env.PACER_TEST_SLOWEST ?? 10);
  const rows = [...new Set([...whole.keys(), ...summed.keys()])]
    .map((file) => [file, whole.get(file) ?? summed.get(file)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
  if (rows.length === 0) return;
  yield `\nslowest test files (of ${new Set([...whole.keys(), ...summed.keys()]).size}):\n`;
  for (const [file, ms] of rows) yield `${(ms / 1000).toFixed(1).padStart(7)} s  ${relative(process.cwd(), file)}\n`;
}
