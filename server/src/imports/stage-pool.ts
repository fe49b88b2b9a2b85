import { availableParallelism } from 'node:os';
import { importTuning } from '../config';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NumberRules } from '../commands/recipient/prepare-recipients';
import type { ResolvedMapping } from './column-mapping';
import type { CsvRecord } from './csv-records';
import type { StagedBatch } from './stage-batch';

interface Pending {
  resolve(b: StagedBatch): void;
  reject(e: Error): void;
}

/**
 * Worker threads that validate batches of rows. Workers are started through `eval` +
 * require so the same code runs compiled (dist/*.js) and under @swc-node/register (*.ts);
 * only the --require flags are passed on (test-runner flags are not valid in a worker).
 */
export class StagePool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failed: Error | null = null;

  constructor(mapping: ResolvedMapping, rules: NumberRules, size: number) {
    const file = join(__dirname, `stage-worker${extname(__filename)}`);
    const execArgv: string[] = [];
    process.execArgv.forEach((a, i) => {
      if ((a === '-r' || a === '--require') && process.execArgv[i + 1]) execArgv.push(a, process.execArgv[i + 1]!);
    });
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      // A worker holds a few 250-row batches at a time (~20 MB of heap); a bounded heap keeps the process's RSS flat
      // (unbounded, V8 lets a busy worker's heap grow far past what it uses).
      const w = new Worker(`require(${JSON.stringify(file)})`, {
        eval: true,
        workerData: { mapping, rules },
        execArgv,
        resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
      });
      w.on('message', (m: StagedBatch & { id: number }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve({ text: m.text, rejected: m.rejected });
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`import worker exited with ${code}`));
      });
      return w;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  stage(records: CsvRecord[]): Promise<StagedBatch> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, records });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(err: Error): void {
    this.failed = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

/**
 * Worker threads to use (PACER_IMPORT_WORKERS; 0 validates inline). Default: one worker when
 * the machine has a second core, so phone validation (libphonenumber, the costliest step in
 * Node) runs beside the parsing and the database. Measured on 2 cores, 1,000,000 rows: 72 s
 * inline, 54 s with one worker, 57 s with two (the database is then the bottleneck).
 */
export function importWorkers(): number {
  return importTuning().PACER_IMPORT_WORKERS ?? (availableParallelism() >= 2 ? 1 : 0);
}
