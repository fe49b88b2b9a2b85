import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BroadcastAction } from '../../entities/campaign-config';
import { machineAnswer, screensForMachine } from './machine-answer';

const steps: BroadcastAction[] = [
  { kind: 'CONFIRM_ANSWER', digit: '1', file: 'press1.wav' },
  { kind: 'PLAY', file: 'msg.wav' },
  { kind: 'WAIT', seconds: 1 },
  { kind: 'PLAY', file: 'bye.wav' },
  { kind: 'TRANSFER', extension: '100' },
];

test('only HANGUP and PLAY wait for the verdict', () => {
  assert.equal(screensForMachine({ enabled: true, onMachine: 'HANGUP' }), true);
  assert.equal(screensForMachine({ enabled: true, onMachine: 'PLAY' }), true);
  assert.equal(screensForMachine({ enabled: true, onMachine: 'CONTINUE' }), false);
  assert.equal(screensForMachine({ enabled: false, onMachine: 'HANGUP' }), false);
});

test('humans, unsure verdicts and no verdict in time proceed', () => {
  for (const v of ['human', 'HUMAN', 'unknown', 'NOTSURE', null]) {
    assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'HANGUP' }, v, steps), { kind: 'PROCEED' }, String(v));
  }
});

test('HANGUP hangs up machines and faxes', () => {
  assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'HANGUP' }, 'machine', steps), { kind: 'HANGUP' });
  assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'HANGUP' }, 'FAX', steps), { kind: 'HANGUP' });
});

const noMessage: BroadcastAction[] = [
  { kind: 'TRANSFER', extension: '1' },
  { kind: 'WAIT', seconds: 1 },
];

test('PLAY plays only the PLAY steps to a machine; a fax or a campaign without a message is hung up', () => {
  assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'PLAY' }, 'machine', steps), { kind: 'PLAY', files: ['msg.wav', 'bye.wav'] });
  assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'PLAY' }, 'fax', steps), { kind: 'HANGUP' });
  assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'PLAY' }, 'machine', noMessage), { kind: 'HANGUP' });
});

test('CONTINUE and AMD off treat machines like humans', () => {
  assert.deepEqual(machineAnswer({ enabled: true, onMachine: 'CONTINUE' }, 'machine', steps), { kind: 'PROCEED' });
  assert.deepEqual(machineAnswer({ enabled: false, onMachine: 'HANGUP' }, 'machine', steps), { kind: 'PROCEED' });
});
