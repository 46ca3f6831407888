/** The organisation (school board) and its schools, for the organisation's administrators. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { School } from '../../../platform/db/schema.ts';
import { notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { organisationsRepository, schoolsRepository } from '../repositories/organisations.ts';
import { nameSchema, schoolKindSchema, schoolViewSchema } from './schemas.ts';

const tags = ['organisation'];

export function presentSchool(s: School) {
  return { id: s.id, name: s.name, kind: s.kind, requireTotp: s.require_totp === 1 };
}

const organisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  schools: z.array(schoolViewSchema),
});

export function organisationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function present(organisationId: string) {
    const organisation = await organisationsRepository(app.kring.db).find(organisationId);
    if (!organisation) throw notFound();
    const schools = await schoolsRepository(app.kring.db).listForOrganisation(organisationId);
    return { id: organisation.id, name: organisation.name, schools: schools.map(presentSchool) };
  }

  r.get(
    '/api/organisation',
    {
      config: { auth: rules.orgAdmin },
      schema: {
        tags,
        summary: 'The organisation and its schools',
        response: { 200: organisationViewSchema },
      },
    },
    async (request) => present(request.auth.user!.organisation_id),
  );

  r.patch(
    '/api/organisation',
    {
      config: { auth: rules.orgAdmin, example: { name: 'Stichting Voorbeeld' } },
      schema: {
        tags,
        summary: 'Rename the organisation',
        body: z.strictObject({ name: nameSchema }),
        response: { 200: organisationViewSchema },
      },
    },
    async (request) => {
      const id = request.auth.user!.organisation_id;
      await organisationsRepository(app.kring.db).rename(id, request.body.name);
      return present(id);
    },
  );

  r.post(
    '/api/schools',
    {
      config: { auth: rules.orgAdmin, example: { name: 'Het Voorbeeld College', kind: 'vo' } },
      schema: {
        tags,
        summary: 'Add a school (location) to the organisation',
        body: z.strictObject({ name: nameSchema, kind: schoolKindSchema }),
        response: { 201: schoolViewSchema },
      },
    },
    async (request, reply) => {
      const school = await schoolsRepository(app.kring.db).create(
        request.auth.user!.organisation_id,
        request.body.name,
        request.body.kind,
        app.kring.clock.now(),
      );
      return reply.status(201).send(presentSchool(school));
    },
  );
}
