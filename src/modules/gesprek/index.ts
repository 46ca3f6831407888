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
      // Only the error's code: a mail server's message can name the recipient, and logs hold no addresses.
      const mailFailed = (error: unknown) =>
        app.log.error(
          { code: (error as { code?: string }).code },
          'gesprek reminder not sent; tried again later',
        );
      inBackground(app.kring, gesprekTick(app.kring, mailFailed), (error) =>
        app.log.error({ err: error }, 'gesprek tick failed'),
      );
    }, TICK_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
