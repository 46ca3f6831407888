/**
 * The realtime bus: a published message reaches every subscriber of its channel on every instance. In one
 * process it is an in-memory emitter; with REDIS_URL it is Redis pub/sub, so a change made on instance A
 * reaches devices connected to instance B. Publish only after the change is committed.
 *
 * @example const sub = bus.subscribe('mirror:42', (m) => send(m)); await sub.ready; await bus.publish('mirror:42', json);
 */
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

export type BusHandler = (message: string) => void;

export interface Subscription {
  ready: Promise<void>;
  unsubscribe(): void;
}

export interface Bus {
  publish(channel: string, message: string): Promise<void>;
  /**
   * Starts delivering the channel's messages to `handler`. `ready` settles once messages published from now on
   * are sure to arrive (for Redis: when the server confirmed the subscription).
   */
  subscribe(channel: string, handler: BusHandler): Subscription;
  close(): Promise<void>;
}

export function memoryBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      emitter.emit(channel, message);
    },
    subscribe(channel, handler) {
      emitter.on(channel, handler);
      return { ready: Promise.resolve(), unsubscribe: () => emitter.off(channel, handler) };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** Redis pub/sub with one subscriber connection per instance; channels are subscribed while they have handlers. */
export function redisBus(publisher: Redis, prefix: string): Bus {
  const subscriber = publisher.duplicate();
  const handlers = new Map<string, Set<BusHandler>>();
  const confirmed = new Map<string, Promise<void>>();
  subscriber.on('message', (channel: string, message: string) => {
    for (const handler of handlers.get(channel.slice(prefix.length)) ?? []) handler(message);
  });
  return {
    async publish(channel, message) {
      await publisher.publish(prefix + channel, message);
    },
    subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        confirmed.set(
          channel,
          subscriber.subscribe(prefix + channel).then(() => undefined),
        );
      }
      set.add(handler);
      return {
        ready: confirmed.get(channel) ?? Promise.resolve(),
        unsubscribe: () => {
          set.delete(handler);
          if (set.size === 0 && handlers.get(channel) === set) {
            handlers.delete(channel);
            confirmed.delete(channel);
            void subscriber.unsubscribe(prefix + channel);
          }
        },
      };
    },
    async close() {
      handlers.clear();
      subscriber.disconnect();
    },
  };
}
