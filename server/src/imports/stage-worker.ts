import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import type { NumberRules } from '../commands/recipient/prepare-recipients';
import type { ResolvedMapping } from './column-mapping';
import type { CsvRecord } from './csv-records';
import { stageBatch } from './stage-batch';

// A validation worker: number normalisation is most of an import's CPU, and it parallelises.
const { mapping, rules } = workerData as { mapping: ResolvedMapping; rules: NumberRules };
parentPort?.on('message', (msg: { id: number; records: CsvRecord[] }) => {
  parentPort?.postMessage({ id: msg.id, ...stageBatch(msg.records, mapping, rules) });
});
