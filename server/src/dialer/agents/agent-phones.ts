import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SwitchPort } from '../../switch/port';
import { asJson, rows } from '../sql-rows';

/** A phone's registration is asked again after this long (ms): an agent who unplugs is skipped within seconds. */
export const PHONE_RECHECK_MS = 5000;
/** At most this often the leader looks for phones due a check (ms); a tick never waits for it. */
const LOOK_EVERY_MS = 250;
/** Questions in flight to the switch at once, and agents per pass. */
const PARALLEL = 16;
const BATCH = 500;

interface DueAgent {
  id: string;
  endpoint: string;
  phone_registered: boolean | null;
}

/**
 * Keeps `agent.phone_registered` current for agents who are signed in (state not LOGGED_OUT):
 * the dialer reserves only agents whose phone the switch reports registered (reserve-agents.ts,
 * agent-slots.ts), and the agent board shows it. Runs beside the ticks, never inside one: each
 * pass asks the switch once per distinct endpoint of the agents never checked or checked more
 * than `recheckMs` ago, and writes the answers in one statement. `onRegistered` runs when a phone
 * became reachable (plan again now).
 */
export class AgentPhones {
  private busy = false;
  private lastLook = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly port: SwitchPort,
    private readonly onRegistered: () => void,
    private readonly recheckMs = PHONE_RECHECK_MS,
    private readonly logger?: Logger,
  ) {}

  /** Starts a pass unless one runs, one started under LOOK_EVERY_MS ago, or the switch is not up. */
  refresh(now: Date): void {
    if (this.busy || now.getTime() - this.lastLook < LOOK_EVERY_MS || this.port.connectionState !== 'up') return;
    this.busy = true;
    this.lastLook = now.getTime();
    this.pass(now)
      .catch((err: unknown) => this.logger?.warn({ err }, 'dialer: agent phone check failed'))
      .finally(() => {
        this.busy = false;
      });
  }

  private async pass(now: Date): Promise<void> {
    const due = await rows<DueAgent>(
      this.orm.em.fork(),
      `select id, endpoint, phone_registered from agent
       where state <> 'LOGGED_OUT' and (phone_checked_at is null or phone_checked_at < ?)
       order by phone_checked_at nulls first limit ${BATCH}`,
      [new Date(now.getTime() - this.recheckMs)],
    );
    if (due.length === 0) return;
    const answers = await this.ask([...new Set(due.map((a) => a.endpoint))]);
    const checkedAt = new Date();
    // An endpoint the switch could not be asked about keeps its last answer until the next pass.
    const updates = due.map((a) => ({ id: a.id, endpoint: a.endpoint, registered: answers.get(a.endpoint) ?? a.phone_registered }));
    await this.orm.em.fork().execute(
      `update agent a set phone_registered = v.registered, phone_checked_at = ?
       from jsonb_to_recordset(?::jsonb) as v(id uuid, endpoint text, registered boolean)
       where a.id = v.id and a.endpoint = v.endpoint`,
      [checkedAt, asJson(updates)],
    );
    if (updates.some((u, i) => u.registered === true && due[i]?.phone_registered !== true)) this.onRegistered();
  }

  private async ask(endpoints: string[]): Promise<Map<string, boolean>> {
    const out = new Map<string, boolean>();
    for (let i = 0; i < endpoints.length; i += PARALLEL) {
      await Promise.all(
        endpoints.slice(i, i + PARALLEL).map(async (e) => {
          try {
            out.set(e, await this.port.endpointRegistered(e));
          } catch (err) {
            this.logger?.warn({ err, endpoint: e }, 'dialer: could not ask the switch about an agent phone');
          }
        }),
      );
    }
    return out;
  }
}
