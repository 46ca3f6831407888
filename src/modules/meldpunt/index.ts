/** The Meldpunt module (PRODUCT M1–M6): the confidential reporting point. */
import type { FastifyInstance } from 'fastify';
import { meldpuntCaseRoutes } from './routes/cases.routes.ts';
import { meldpuntPublicRoutes } from './routes/public.routes.ts';

export function meldpuntModule(app: FastifyInstance): void {
  meldpuntPublicRoutes(app);
  meldpuntCaseRoutes(app);
}
