import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { errorCode, errorMessage, fieldErrors } from './errors';
import { parseRecipientLines } from './recipient-lines';
import { mappingFromRoles, rolesFromMapping } from '../components/imports/mapping';
import { ADVANCED_DEFAULTS, advancedFrom, advancedInput } from '../components/campaigns/advanced-model';

test('fieldErrors reads extensions.fields and extensions.field', () => {
  const error = new CombinedError({
    graphQLErrors: [
      new GraphQLError('maxAttempts: must not be less than 1; callsPerSecond: too high', {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'maxAttempts', message: 'must not be less than 1' },
            { field: 'input.callsPerSecond', message: 'too high' },
          ],
        },
      }),
      new GraphQLError('dialingMode: an AGENT campaign needs one', { extensions: { code: 'BAD_USER_INPUT', field: 'dialingMode' } }),
    ],
  });
  assert.deepEqual(fieldErrors(error), {
    maxAttempts: 'must not be less than 1',
    callsPerSecond: 'too high',
    dialingMode: 'an AGENT campaign needs one',
  });
  assert.equal(errorCode(error), 'BAD_USER_INPUT');
});

test('other errors name no field; network errors get a plain message', () => {
  const conflict = new CombinedError({ graphQLErrors: [new GraphQLError('Name taken', { extensions: { code: 'CONFLICT' } })] });
  assert.deepEqual(fieldErrors(conflict), {});
  assert.equal(errorCode(conflict), 'CONFLICT');
  assert.equal(errorMessage(conflict), 'Name taken');
  const network = new CombinedError({ networkError: new Error('fetch failed') });
  assert.equal(errorCode(network), 'NETWORK');
  assert.match(errorMessage(network) ?? '', /cannot be reached/);
  assert.equal(errorCode(undefined), null);
});

test('recipient lines: several numbers, names with commas, blank lines', () => {
  assert.deepEqual(parseRecipientLines('+12125550101, Ada\n\n +12125550102 | +12125550103 , Turing, Alan \n+12125550104'), [
    { communications: [{ number: '+12125550101' }], name: 'Ada' },
    { communications: [{ number: '+12125550102' }, { number: '+12125550103' }], name: 'Turing, Alan' },
    { communications: [{ number: '+12125550104' }] },
  ]);
});

test('import column roles round-trip with the detected mapping', () => {
  const columns = ['phone', 'alt', 'name', 'city'];
  const roles = rolesFromMapping(columns, {
    phones: ['phone', 'alt'],
    name: 'name',
    externalId: null,
    tags: null,
    timezone: null,
    priority: null,
    expireAt: null,
    notBefore: null,
    notAfter: null,
    schedule: null,
    numberSeparator: '|',
    fields: ['city'],
  });
  assert.deepEqual(roles, { phone: 'phone', alt: 'phone', name: 'name', city: 'field' });
  assert.deepEqual(mappingFromRoles(columns, roles, '|'), { phones: ['phone', 'alt'], numberSeparator: '|', name: 'name' });
});

test("campaign form: a QUEUE destination's max waiting goes to the API and back; other kinds never send it", () => {
  const queue = { ...ADVANCED_DEFAULTS, destinationKind: 'QUEUE' as const, destinationTarget: ' sales ', destinationMaxWaiting: '4' };
  assert.deepEqual(advancedInput(queue).destination, { kind: 'QUEUE', target: 'sales', maxWaiting: 4 });
  assert.deepEqual(
    advancedInput({ ...queue, destinationMaxWaiting: '' }).destination,
    { kind: 'QUEUE', target: 'sales' },
    'empty: no limit',
  );
  assert.deepEqual(advancedInput({ ...queue, destinationKind: 'EXTENSION' }).destination, { kind: 'EXTENSION', target: 'sales' });
  const loaded = advancedFrom({
    waitForResult: false,
    amd: { enabled: false, onMachine: 'HANGUP' },
    destination: { kind: 'QUEUE', target: 'sales', maxWaiting: 4 },
    broadcastActions: [],
    causePolicy: [],
    channelVariables: [],
    sendRecipientFields: true,
  });
  assert.equal(loaded.destinationMaxWaiting, '4');
});
