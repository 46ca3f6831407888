/** The agreements of a conversation, their evaluation, and the one reminder each sends its teacher. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { SecretBox } from '../../../platform/crypto/secretBox.ts';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { ConversationAgreementTable } from '../../../platform/db/schema.ts';
import type { AgreementInput, Outcome, Owner } from '../domain/agreements.ts';
import { sealer } from './conversations.ts';

export interface Agreement {
  id: string;
  conversationId: string;
  position: number;
  what: string;
  owner: Owner;
  ownerOther: string;
  how: string;
  evaluateOn: string;
  remindedAt: string | null;
  outcome: Outcome | null;
  evaluationNote: string;
  evaluatedAt: string | null;
}

function present(row: ConversationAgreementTable, box: SecretBox): Agreement {
  const s = sealer(box);
  return {
    id: row.id,
    conversationId: row.conversation_id,
    position: row.position,
    what: s.open(row.what) ?? '',
    owner: row.owner,
    ownerOther: s.open(row.owner_other) ?? '',
    how: s.open(row.how) ?? '',
    evaluateOn: row.evaluate_on,
    remindedAt: row.reminded_at,
    outcome: row.outcome,
    evaluationNote: s.open(row.evaluation_note) ?? '',
    evaluatedAt: row.evaluated_at,
  };
}

function sealed(input: AgreementInput, box: SecretBox) {
  return {
    what: box.seal(input.what),
    owner: input.owner,
    owner_other: input.owner === 'other' ? box.seal(input.ownerOther) : null,
    how: box.seal(input.how),
    evaluate_on: input.evaluateOn,
  };
}

export function agreementsRepository(db: Database, box: SecretBox, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async list(conversationIds: readonly string[]): Promise<Agreement[]> {
      if (conversationIds.length === 0) return [];
      const rows = await school
        .selectFrom('conversation_agreements')
        .selectAll()
        .where('conversation_id', 'in', conversationIds)
        .orderBy('position')
        .execute();
      return rows.map((row) => present(row, box));
    },
    async find(conversationId: string, id: string): Promise<Agreement | undefined> {
      const row = await school
        .selectFrom('conversation_agreements')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && present(row, box);
    },
    async add(conversationId: string, input: AgreementInput, now: Date): Promise<string> {
      const id = randomUUID();
      const at = now.toISOString();
      const last = await school
        .selectFrom('conversation_agreements')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      await school
        .insertInto('conversation_agreements', {
          id,
          conversation_id: conversationId,
          position: Number(last?.position ?? 0) + 1,
          ...sealed(input, box),
          reminded_at: null,
          outcome: null,
          evaluation_note: null,
          evaluated_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return id;
    },
    /** Changes an agreement; a new evaluation day means a new reminder. */
    async update(conversationId: string, id: string, input: AgreementInput, now: Date): Promise<void> {
      const before = await this.find(conversationId, id);
      await school
        .updateTable('conversation_agreements')
        .set({
          ...sealed(input, box),
          ...(before && before.evaluateOn !== input.evaluateOn ? { reminded_at: null } : {}),
          updated_at: now.toISOString(),
        })
        .where('conversation_id', '=', conversationId)
        .where('id', '=', id)
        .execute();
    },
    async remove(conversationId: string, id: string): Promise<void> {
      await school
        .deleteFrom('conversation_agreements')
        .where('conversation_id', '=', conversationId)
        .where('id', '=', id)
        .execute();
    },
    /** Records how it went; null takes an evaluation back. */
    async evaluate(
      conversationId: string,
      id: string,
      evaluation: { outcome: Outcome; note: string } | null,
      now: Date,
    ): Promise<void> {
      await school
        .updateTable('conversation_agreements')
        .set({
          outcome: evaluation?.outcome ?? null,
          evaluation_note: evaluation ? box.seal(evaluation.note) : null,
          evaluated_at: evaluation ? now.toISOString() : null,
          updated_at: now.toISOString(),
        })
        .where('conversation_id', '=', conversationId)
        .where('id', '=', id)
        .execute();
    },
    /** Unevaluated agreements of a teacher's conversations whose day is on or before `until`, soonest first. */
    async openFor(teacherId: string, until: string) {
      const rows = await school
        .selectFrom('conversation_agreements')
        .innerJoin('conversations', 'conversations.id', 'conversation_agreements.conversation_id')
        .innerJoin('students', 'students.id', 'conversations.student_id')
        .selectAll('conversation_agreements')
        .select(['students.name as student_name', 'students.class_name as class_name'])
        .where('conversations.teacher_id', '=', teacherId)
        .where('conversation_agreements.evaluated_at', 'is', null)
        .where('conversation_agreements.evaluate_on', '<=', until)
        .orderBy('conversation_agreements.evaluate_on')
        .orderBy('conversation_agreements.position')
        .execute();
      return rows.map((row) => ({
        ...present(row, box),
        studentName: row.student_name,
        className: row.class_name,
      }));
    },
    /**
     * Claims the reminder of every agreement of this school that is due today and was not reminded yet, and says
     * whose they are. A claim is one update per agreement: two instances ticking at once remind once. A teacher who
     * no longer holds a role in the school is not reminded.
     */
    async claimReminders(today: string, now: Date): Promise<{ id: string; teacherId: string }[]> {
      const due = await school
        .selectFrom('conversation_agreements')
        .innerJoin('conversations', 'conversations.id', 'conversation_agreements.conversation_id')
        .select(['conversation_agreements.id', 'conversations.teacher_id'])
        .where('conversation_agreements.evaluated_at', 'is', null)
        .where('conversation_agreements.reminded_at', 'is', null)
        .where('conversation_agreements.evaluate_on', '<=', today)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('memberships')
              .select('memberships.id')
              .whereRef('memberships.user_id', '=', 'conversations.teacher_id')
              .whereRef('memberships.school_id', '=', 'conversations.school_id'),
          ),
        )
        .execute();
      const claimed: { id: string; teacherId: string }[] = [];
      for (const row of due) {
        const result = await school
          .updateTable('conversation_agreements')
          .set({ reminded_at: now.toISOString() })
          .where('id', '=', row.id)
          .where('reminded_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) claimed.push({ id: row.id, teacherId: row.teacher_id });
      }
      return claimed;
    },
    /** Gives claims back when their mail could not be sent, so a later tick tries again. */
    async releaseReminders(ids: readonly string[], claimedAt: Date): Promise<void> {
      if (ids.length === 0) return;
      await school
        .updateTable('conversation_agreements')
        .set({ reminded_at: null })
        .where('id', 'in', ids)
        .where('reminded_at', '=', claimedAt.toISOString())
        .execute();
    },
  };
}

/** The schools that have an agreement waiting for its reminder (the tick visits only these). */
export async function schoolsWithReminders(db: Database, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('conversation_agreements')
    .select(sql<string>`distinct school_id`.as('school_id'))
    .where('evaluated_at', 'is', null)
    .where('reminded_at', 'is', null)
    .where('evaluate_on', '<=', today)
    .execute();
  return rows.map((row) => row.school_id);
}
