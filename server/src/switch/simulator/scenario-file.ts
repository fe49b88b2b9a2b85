import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AgentBehaviour } from './agents';
import type { OutcomeRule, RandomMix } from './outcome-model';
import type { CallScript, OutcomeName } from './outcome';
import type { QueueSettings } from './queues';
import type { SimExtension } from './dialplan';

const outcomeName = z.enum([
  'answer',
  'busy',
  'no-answer',
  'congestion',
  'unallocated',
  'rejected',
  'no-route',
  'machine',
  'fax',
  'press-1',
  'press-9',
  'callee-hangs-up',
  'callee-hangs-up-late',
]);

const script = z
  .object({
    base: outcomeName.optional(),
    ringSec: z.number().nonnegative().optional(),
    failCause: z.string().optional(),
    talkSec: z.number().nonnegative().optional(),
    amd: z.enum(['human', 'machine', 'fax', 'unknown']).optional(),
    amdSec: z.number().nonnegative().optional(),
    dtmf: z.string().optional(),
    dtmfAfterSec: z.number().nonnegative().optional(),
    dtmfGapSec: z.number().nonnegative().optional(),
  })
  .strict();

/** A scenario file: JSON describing rules (`"*01"` = ends with 01, `"/re/"` = RegExp), mix, gateways, agents, queues, extensions. */
const scenarioSchema = z
  .object({
    rules: z.array(z.object({ match: z.string(), outcome: z.union([outcomeName, script]) })).default([]),
    mix: z
      .object({
        answerRate: z.number().min(0).max(1),
        busyRate: z.number().min(0).max(1),
        noAnswerRate: z.number().min(0).max(1),
        machineRate: z.number().min(0).max(1),
        ringSec: z.object({ min: z.number(), max: z.number() }),
        talkSec: z.object({ min: z.number(), max: z.number() }),
      })
      .partial()
      .optional(),
    gateways: z.record(z.enum(['up', 'down'])).optional(),
    agents: z
      .record(
        z.union([
          z.object({ kind: z.literal('answer'), afterSec: z.number() }),
          z.object({ kind: z.literal('reject') }),
          z.object({ kind: z.literal('no-answer'), ringSec: z.number().optional() }),
        ]),
      )
      .optional(),
    queues: z
      .record(
        z
          .object({
            freeAgents: z.number().int().nonnegative(),
            answerAfterSec: z.number().nonnegative().optional(),
            talkSec: z.number().nonnegative().optional(),
            maxWaitSec: z.number().nonnegative().optional(),
            maxWaitNoAgentSec: z.number().nonnegative().optional(),
            mohSound: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
    /** Dialplan extensions a transfer reaches (dialplan.ts): `bridge` to an endpoint, or an `ivr` menu. */
    extensions: z
      .record(
        z.union([
          z.object({ kind: z.literal('bridge'), endpoint: z.string().min(1) }).strict(),
          z
            .object({
              kind: z.literal('ivr'),
              menu: z.string().min(1),
              sec: z.number().nonnegative(),
              status: z.enum(['success', 'failure', 'timeout']).optional(),
              greeting: z
                .object({ file: z.string().min(1), sec: z.number().nonnegative() })
                .strict()
                .optional(),
            })
            .strict(),
        ]),
      )
      .optional(),
    /** Seconds each broadcast file plays: `defaultSec` for all, `files` by path. */
    playback: z
      .object({ defaultSec: z.number().nonnegative().optional(), files: z.record(z.number().nonnegative()).optional() })
      .strict()
      .optional(),
  })
  .strict();

export interface Scenario {
  rules: OutcomeRule[];
  mix?: Partial<RandomMix>;
  gateways?: Record<string, 'up' | 'down'>;
  agents?: Record<string, AgentBehaviour>;
  queues?: Record<string, QueueSettings>;
  extensions?: Record<string, SimExtension>;
  playback?: { defaultSec?: number; files?: Record<string, number> };
}

/** Reads and validates a scenario file; throws with the path and zod's message on a bad file. */
export function loadScenario(path: string): Scenario {
  const parsed = scenarioSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`bad scenario file ${path}: ${parsed.error.message}`);
  const d = parsed.data;
  return {
    rules: d.rules.map((r) => ({
      match: r.match.length > 2 && r.match.startsWith('/') && r.match.endsWith('/') ? new RegExp(r.match.slice(1, -1)) : r.match,
      outcome: r.outcome as OutcomeName | (Partial<CallScript> & { base?: OutcomeName }),
    })),
    mix: d.mix,
    gateways: d.gateways,
    agents: d.agents,
    queues: d.queues,
    extensions: d.extensions,
    playback: d.playback,
  };
}
