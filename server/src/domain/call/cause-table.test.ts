import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CallOutcome, CauseAction } from './call-outcome';
import { DEFAULT_CAUSE_POLICY, decideCauseAction } from './cause-policy';
import { causeTableCells } from './cause-table';

const DOC = join(__dirname, '..', '..', '..', '..', 'docs', 'hangup-causes.md');

/** The table between the generator's markers, as trimmed cells, header first (separator row dropped). */
function documentedCells(): string[][] {
  const text = readFileSync(DOC, 'utf8');
  const body = text.slice(text.indexOf('<!-- cause-table:start -->'), text.indexOf('<!-- cause-table:end -->'));
  return body
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

test('docs/hangup-causes.md shows the policy the dialer applies, row by row (npm run docs:causes -w server rewrites it)', () => {
  assert.deepEqual(documentedCells(), causeTableCells());
});

test('CALL_REJECTED is final by default, and a campaign can still retry it', () => {
  const rejected = { outcome: CallOutcome.REJECTED, cause: 'CALL_REJECTED' };
  assert.equal(decideCauseAction(DEFAULT_CAUSE_POLICY, rejected).action, CauseAction.FAIL);
  const retry = { overrides: { CALL_REJECTED: CauseAction.RETRY }, minSuccessSeconds: 0 };
  assert.equal(decideCauseAction(retry, rejected).action, CauseAction.RETRY);
  // Other rejections (a SIP 403 with a generic cause) keep the REJECTED outcome's default.
  assert.equal(
    decideCauseAction(DEFAULT_CAUSE_POLICY, { outcome: CallOutcome.REJECTED, cause: 'NORMAL_CLEARING' }).action,
    CauseAction.RETRY,
  );
});
