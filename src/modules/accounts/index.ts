/** The accounts module: organisations, schools, teams, people and their roles, sign-in, invitations, 2FA. */
import type { FastifyInstance } from 'fastify';
import { accountRoutes } from './routes/account.routes.ts';
import { invitationRoutes } from './routes/invitation.routes.ts';
import { organisationRoutes } from './routes/organisation.routes.ts';
import { schoolRoutes } from './routes/school.routes.ts';
import { sessionRoutes } from './routes/session.routes.ts';

export function accountsModule(app: FastifyInstance): void {
  sessionRoutes(app);
  accountRoutes(app);
  organisationRoutes(app);
  schoolRoutes(app);
  invitationRoutes(app);
}
