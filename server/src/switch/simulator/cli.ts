/**
 * `npm run sim -w server`: the simulator alone on 127.0.0.1:8021, for pointing a real adapter,
 * fs_cli-like tools or a second Pacer at it (`npm start` runs it so as its embedded switch).
 * Env: SIM_PORT, ESL_PASSWORD, SIM_SEED,
 * SIM_TIME_SCALE, SIM_SPS, SIM_MAX_SESSIONS, SIM_SCENARIO (JSON file, see scenario-file.ts).
 */
import { exitWithParent, tellParent } from '../../process/child-protocol';
import { loadScenario } from './scenario-file';
import { Simulator } from './simulator';

async function main(): Promise<void> {
  const env = process.env;
  const sim = new Simulator({
    password: env.ESL_PASSWORD ?? 'ClueCon',
    seed: Number(env.SIM_SEED ?? 1),
    timeScale: Number(env.SIM_TIME_SCALE ?? 1),
    sessionsPerSecond: Number(env.SIM_SPS ?? 30),
    maxSessions: Number(env.SIM_MAX_SESSIONS ?? 1000),
    // Demo phones user/1001..user/1010 (a scenario's `agents` may retune or add to them).
    demoAgents: true,
  });
  if (env.SIM_SCENARIO) {
    const sc = loadScenario(env.SIM_SCENARIO);
    sim.setRules(sc.rules);
    if (sc.mix) sim.setMix(sc.mix);
    for (const [gw, state] of Object.entries(sc.gateways ?? {})) sim.setGateway(gw, state);
    for (const [id, b] of Object.entries(sc.agents ?? {})) sim.setAgent(id, b);
    for (const [name, q] of Object.entries(sc.queues ?? {})) sim.setQueue(name, q);
    for (const [name, x] of Object.entries(sc.extensions ?? {})) sim.setExtension(name, x);
    if (sc.playback?.defaultSec !== undefined) sim.setPlaybackSec(sc.playback.defaultSec);
    for (const [file, sec] of Object.entries(sc.playback?.files ?? {})) sim.setPlaybackSec(sec, file);
  }
  const port = await sim.listen(Number(env.SIM_PORT ?? 8021));
  process.stdout.write(`switch simulator listening on 127.0.0.1:${port}\n`);
  // Also the embedded switch of `npm start`, run by the API process (process/dialer-processes.ts).
  exitWithParent(() => sim.close());
  await tellParent({ type: 'ready', port });
}

main().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`simulator failed to start: ${message}\n`);
  void tellParent({ type: 'failed', message }).finally(() => process.exit(1));
});
