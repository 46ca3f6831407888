/**
 * The school's student roster: teachers pick a student from it or add one by hand when they start a
 * conversation; administrators import it from the student information system's export and remove students who
 * left (with their conversations).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import { parseRoster, ROSTER_MAX_ROWS, skipReasons } from '../domain/roster.ts';
import { importStudents, studentsRepository } from '../repositories/students.ts';
import { newStudent, schoolParams, studentParams, studentSchema } from './schemas.ts';

const tags = ['gesprek'];
const ROSTER_ERRORS = {
  empty: 'errors.gesprek.rosterEmpty',
  noNameColumn: 'errors.gesprek.rosterNoName',
  tooManyRows: 'errors.gesprek.rosterTooMany',
  unreadable: 'errors.gesprek.rosterUnreadable',
} as const;

export function rosterRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/students';

  r.get(
    base,
    {
      config: { auth: rules.school('admin', 'teacher') },
      schema: {
        tags,
        summary: "The school's students (name or initials and class), to start a conversation with",
        params: schoolParams,
        response: { 200: z.array(studentSchema) },
      },
    },
    async (request) => studentsRepository(s.db, request.params.schoolId).list(),
  );

  r.post(
    base,
    {
      config: { auth: rules.school('admin', 'teacher'), example: { name: 'S. de Vries', className: '2B' } },
      schema: {
        tags,
        summary: 'Add a student by hand',
        params: schoolParams,
        body: newStudent,
        response: { 201: studentSchema },
      },
    },
    async (request, reply) => {
      const students = studentsRepository(s.db, request.params.schoolId);
      const id = await students.add(request.body, request.auth.user!.id, s.clock.now());
      return reply.status(201).send((await students.find(id))!);
    },
  );

  r.post(
    `${base}/import`,
    {
      bodyLimit: 2 * 1024 * 1024,
      config: {
        auth: rules.school('admin'),
        example: { csv: 'leerlingnummer;naam;klas\n12345;Sam de Vries;2B' },
      },
      schema: {
        tags,
        summary:
          'Import students from a CSV export (naam/klas, voornaam/tussenvoegsel/achternaam, or OneRoster users.csv)',
        params: schoolParams,
        body: z.strictObject({ csv: z.string().max(2_000_000) }),
        response: {
          200: z.object({
            added: z.number(),
            updated: z.number(),
            skipped: z.array(z.object({ line: z.number(), reason: z.enum(skipReasons) })),
          }),
        },
      },
    },
    async (request) => {
      const parsed = parseRoster(request.body.csv);
      if (!parsed.ok) throw new HttpError(400, ROSTER_ERRORS[parsed.error], { max: ROSTER_MAX_ROWS });
      const result = await importStudents(
        s.db,
        request.params.schoolId,
        parsed.students,
        request.auth.user!.id,
        s.clock.now(),
      );
      return { ...result, skipped: parsed.skipped };
    },
  );

  r.delete(
    `${base}/:studentId`,
    {
      config: { auth: rules.school('admin') },
      schema: {
        tags,
        summary: 'Remove a student who left, and every conversation about them',
        params: studentParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const removed = await studentsRepository(s.db, request.params.schoolId).remove(
        request.params.studentId,
      );
      if (!removed) throw notFound();
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/schools/:schoolId/conversation-colleagues',
    {
      config: { auth: rules.school('teacher') },
      schema: {
        tags,
        summary:
          'Colleagues of the school a teacher can share a conversation with (e.g. the care coordinator)',
        params: schoolParams,
        response: {
          200: z.array(z.object({ userId: z.string(), name: z.string(), roles: z.array(z.string()) })),
        },
      },
    },
    async (request) => {
      const people = await membershipsRepository(s.db, request.params.schoolId).people();
      const byUser = new Map<string, { userId: string; name: string; roles: string[] }>();
      for (const p of people) {
        if (p.userId === request.auth.user!.id) continue;
        const entry = byUser.get(p.userId) ?? { userId: p.userId, name: p.name, roles: [] };
        entry.roles.push(p.role);
        byUser.set(p.userId, entry);
      }
      return [...byUser.values()];
    },
  );
}
