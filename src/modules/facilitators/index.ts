/**
 * The Facilitators module (PRODUCT F1–F3): speaking time during a live session, impartial assignment, peer
 * observation, the reflection log and intervision.
 */
import type { FastifyInstance } from 'fastify';
import { intervisionRoutes } from './routes/intervision.routes.ts';
import { learningRoutes } from './routes/learning.routes.ts';
import { speakingRoutes } from './routes/speaking.routes.ts';

export function facilitatorsModule(app: FastifyInstance): void {
  speakingRoutes(app);
  learningRoutes(app);
  intervisionRoutes(app);
}
