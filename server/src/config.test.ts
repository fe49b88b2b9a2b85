import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, importTuning, parseConfig } from './config';

test('defaults: embedded database and simulator when nothing is set', () => {
  const c = parseConfig({});
  assert.equal(c.DATABASE_URL, undefined);
  assert.equal(c.ESL_HOST, undefined);
  assert.equal(c.PORT, 4000);
  assert.equal(c.ESL_PASSWORD, 'ClueCon');
});

test('every bad variable is named in one error', () => {
  assert.throws(
    () => parseConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', SIM_TIME_SCALE: '-1', PACER_ADMIN_PASSWORD: 'short' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      for (const name of ['PORT', 'DATABASE_URL', 'SIM_TIME_SCALE', 'PACER_ADMIN_PASSWORD'])
        assert.match(err.message, new RegExp(`${name}:`));
      return true;
    },
  );
});

test('empty strings count as unset (as in a copied .env.example)', () => {
  assert.equal(parseConfig({ DATABASE_URL: '', ESL_HOST: '' }).DATABASE_URL, undefined);
});

test('the server refuses to start on bad config, exits 2 and names the variable', () => {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, PORT: '99999', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /PORT: .*65535/);
});

test('import knobs: validated with the rest, read when an import starts', () => {
  assert.throws(
    () => parseConfig({ PACER_IMPORT_WORKERS: 'many', PACER_IMPORT_CHUNK_ROWS: '10' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /PACER_IMPORT_WORKERS:/);
      assert.match(err.message, /PACER_IMPORT_CHUNK_ROWS:/);
      return true;
    },
  );
  assert.deepEqual(importTuning({}), {
    PACER_IMPORT_CHUNK_ROWS: 50_000,
    PACER_IMPORT_PARALLEL_BYTES: 4 * 1024 * 1024,
    PACER_IMPORT_TRACE: '0',
  });
  assert.equal(importTuning({ PACER_IMPORT_WORKERS: '2', PACER_IMPORT_DIR: '' }).PACER_IMPORT_WORKERS, 2);
});
