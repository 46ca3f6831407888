/** Templates: the shipped ones, and a school's own copies that it edits freely (S4). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { idSchema, noContent } from '../../accounts/routes/schemas.ts';
import { resolveTemplate } from '../commands/templates.ts';
import { templateSchema, totalMinutes } from '../domain/template.ts';
import { mirrorTemplatesRepository } from '../repositories/templates.ts';
import { shippedTemplate, shippedTemplates } from '../templates/index.ts';
import { schoolTemplateSchema, templateParams, templateSummarySchema } from './schemas.ts';

const tags = ['spiegel'];
const schoolParams = z.object({ schoolId: idSchema });
const editors = rules.school('coordinator', 'admin');

export function templateRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.get(
    '/api/mirror-templates/:key',
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'A template Kring ships',
        params: z.object({ key: z.string().max(60) }),
        response: { 200: templateSchema },
      },
    },
    async (request) => {
      const template = shippedTemplate(request.params.key);
      if (!template) throw notFound();
      return template;
    },
  );

  r.get(
    '/api/schools/:schoolId/mirror-templates',
    {
      config: { auth: rules.school('coordinator', 'admin', 'facilitator') },
      schema: {
        tags,
        summary: "Shipped templates and the school's own",
        params: schoolParams,
        response: { 200: z.array(templateSummarySchema) },
      },
    },
    async (request) => {
      const own = await mirrorTemplatesRepository(s.db, request.params.schoolId).list();
      return [
        ...Object.entries(shippedTemplates).map(([key, t]) => ({
          id: key,
          shipped: true,
          name: t.name,
          description: t.description,
          totalMinutes: totalMinutes(t),
          basedOn: null,
        })),
        ...own.map((t) => ({
          id: t.id,
          shipped: false,
          name: t.definition.name,
          description: t.definition.description,
          totalMinutes: totalMinutes(t.definition),
          basedOn: t.basedOn,
        })),
      ];
    },
  );

  r.post(
    '/api/schools/:schoolId/mirror-templates',
    {
      config: { auth: editors, example: { basedOn: 'gender-diversiteit' } },
      schema: {
        tags,
        summary: "Copy a template into the school's own, to edit",
        params: schoolParams,
        body: z.strictObject({ basedOn: z.string().min(1).max(60) }),
        response: { 201: schoolTemplateSchema },
      },
    },
    async (request, reply) => {
      const source = await resolveTemplate(s.db, request.params.schoolId, request.body.basedOn);
      if (!source) throw badRequest('errors.validation', { basedOn: 'validation.choice' });
      const copy = {
        ...source.definition,
        name: { ...source.definition.name, nl: `${source.definition.name.nl} (kopie)` },
      };
      const created = await mirrorTemplatesRepository(s.db, request.params.schoolId).create(
        copy,
        source.key,
        s.clock.now(),
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/schools/:schoolId/mirror-templates/:templateId',
    {
      config: { auth: rules.school('coordinator', 'admin', 'facilitator') },
      schema: {
        tags,
        summary: "One of the school's templates",
        params: templateParams,
        response: { 200: schoolTemplateSchema },
      },
    },
    async (request) => {
      const found = await mirrorTemplatesRepository(s.db, request.params.schoolId).find(
        request.params.templateId,
      );
      if (!found) throw notFound();
      return found;
    },
  );

  r.put(
    '/api/schools/:schoolId/mirror-templates/:templateId',
    {
      config: { auth: editors, example: { definition: shippedTemplates.spiegelbijeenkomst } },
      schema: {
        tags,
        summary: 'Save the whole template: phases, questions, rules, sizes',
        params: templateParams,
        body: z.strictObject({ definition: templateSchema }),
        response: { 200: schoolTemplateSchema },
      },
    },
    async (request) => {
      const repo = mirrorTemplatesRepository(s.db, request.params.schoolId);
      if (!(await repo.find(request.params.templateId))) throw notFound();
      await repo.update(request.params.templateId, request.body.definition, s.clock.now());
      return (await repo.find(request.params.templateId))!;
    },
  );

  r.delete(
    '/api/schools/:schoolId/mirror-templates/:templateId',
    {
      config: { auth: editors },
      schema: {
        tags,
        summary: "Delete one of the school's templates (planned sessions keep their copy)",
        params: templateParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      const repo = mirrorTemplatesRepository(s.db, request.params.schoolId);
      if (!(await repo.find(request.params.templateId))) throw notFound();
      await repo.remove(request.params.templateId);
      return reply.status(204).send(null);
    },
  );
}
