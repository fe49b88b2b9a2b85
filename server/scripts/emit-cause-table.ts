// `npm run docs:causes -w server`: rewrites the table of docs/hangup-causes.md from the cause
// tables the dialer uses (domain/call/cause-table.ts); cause-table.test.ts fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { causeTableCells } from '../src/domain/call/cause-table';

const START = '<!-- cause-table:start -->';
const END = '<!-- cause-table:end -->';
const file = join(__dirname, '..', '..', 'docs', 'hangup-causes.md');
const text = readFileSync(file, 'utf8');
const [head, ...rows] = causeTableCells();
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = [line(head!), line(head!.map(() => '---')), ...rows.map(line)].join('\n');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < from) throw new Error(`${file} lacks the ${START} … ${END} markers`);
writeFileSync(file, `${text.slice(0, from + START.length)}\n\n${table}\n\n${text.slice(to)}`);
console.log(`wrote ${rows.length} causes to ${file}`);
