/** The Spiegel module: planning mirror conversations, templates, and running them live. */
import type { FastifyInstance } from 'fastify';
import { actionPlanRoutes } from './routes/actionPlan.routes.ts';
import { briefingRoutes } from './routes/briefing.routes.ts';
import { closingRoutes } from './routes/closing.routes.ts';
import { clusterRoutes } from './routes/clusters.routes.ts';
import { liveRoutes } from './routes/live.routes.ts';
import { planningRoutes } from './routes/planning.routes.ts';
import { recommendationRoutes } from './routes/recommendations.routes.ts';
import { templateRoutes } from './routes/templates.routes.ts';

export function spiegelModule(app: FastifyInstance): void {
  templateRoutes(app);
  planningRoutes(app);
  briefingRoutes(app);
  liveRoutes(app);
  recommendationRoutes(app);
  clusterRoutes(app);
  actionPlanRoutes(app);
  closingRoutes(app);
}
