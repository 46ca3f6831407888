/**
 * The Gesprek module (PRODUCT G1–G4): teacher–student conversations the Handelingsgericht werken way, from the
 * student's preparation link to agreements that are followed up, and the school's student roster they start from.
 */
import type { FastifyInstance } from 'fastify';
import { inBackground } from '../../server/context.ts';
import { gesprekTick } from './commands/tick.ts';
import { agreementRoutes } from './routes/agreements.routes.ts';
import { conversationRoutes } from './routes/conversations.routes.ts';
import { preparationRoutes } from './routes/preparation.routes.ts';
import { rosterRoutes } from './routes/roster.routes.ts';

/** Reminders are looked for this often, in every instance (claiming one is safe to repeat). */
const TICK_MS = 15 * 60_000;

export function gesprekModule(app: FastifyInstance): void {
  rosterRoutes(app);
  conversationRoutes(app);
  agreementRoutes(app);
  preparationRoutes(app);
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      inBackground(app.kring, gesprekTick(app.kring), (error) =>
        app.log.error({ err: error }, 'gesprek tick failed'),
      );
    }, TICK_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
