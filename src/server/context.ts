/** What every route can reach: the database, the clock, mail, the secret box and the configuration. */
import type { Redis } from 'ioredis';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { SecretBox } from '../platform/crypto/secretBox.ts';
import type { Database, Dialect } from '../platform/db/index.ts';
import type { Mailer } from '../platform/mail/mailer.ts';
import type { Bus } from '../platform/realtime/bus.ts';
import type { AuthRule } from './rules.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  auth: AuthRule;
  hasBody: boolean;
  example: unknown;
  /** A WebSocket endpoint: OpenAPI cannot describe it, so the API description names it instead. */
  websocket: boolean;
}

export interface Services {
  db: Database;
  dialect: Dialect;
  clock: Clock;
  mailer: Mailer;
  box: SecretBox;
  config: Config;
  redis: Redis | undefined;
  /** Live events: in-process, or Redis pub/sub between instances. */
  bus: Bus;
  /** The address people use to reach Kring, for links in mail; set once the server listens. */
  publicUrl: string;
  /** Every route with its authorization rule, as registered: the authorization matrix test walks it. */
  routes: RegisteredRoute[];
  /** Work that goes on after a request was answered; closing waits for it. */
  background: Set<Promise<unknown>>;
}

/** Runs `task` after the answer has gone out; a failure is logged, and shutting down waits for it to finish. */
export function inBackground(
  services: Services,
  task: Promise<unknown>,
  onError: (error: unknown) => void,
): void {
  const tracked = task.catch(onError).finally(() => services.background.delete(tracked));
  services.background.add(tracked);
}
