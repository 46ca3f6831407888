/** The Meldpunt module (PRODUCT M1–M6): the confidential reporting point. */
import type { FastifyInstance } from 'fastify';
import { inBackground } from '../../server/context.ts';
import { meldpuntTick } from './commands/tick.ts';
import { meldpuntCaseRoutes } from './routes/cases.routes.ts';
import { meldpuntCrisisRoutes } from './routes/crisis.routes.ts';
import { meldpuntHandlingRoutes } from './routes/handling.routes.ts';
import { meldpuntPublicRoutes } from './routes/public.routes.ts';
import { meldpuntSettingsRoutes } from './routes/settings.routes.ts';

/** Reminders and the retention purge run this often, in every instance (each step is safe to repeat). */
const TICK_MS = 15 * 60_000;

export function meldpuntModule(app: FastifyInstance): void {
  meldpuntPublicRoutes(app);
  meldpuntCaseRoutes(app);
  meldpuntSettingsRoutes(app);
  meldpuntHandlingRoutes(app);
  meldpuntCrisisRoutes(app);
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      const tick = meldpuntTick(app.kring).then(({ unsent }) => {
        if (unsent > 0) app.log.error({ unsent }, 'meldpunt reminder mails were not accepted');
      });
      inBackground(app.kring, tick, (error) => app.log.error({ err: error }, 'meldpunt tick failed'));
    }, TICK_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
