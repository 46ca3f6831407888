/**
 * Conversations between a teacher and a student, and the colleagues a teacher shares one with. What the teacher
 * and the student write is sealed with the server's key here, on its way in and out: the rest of the module sees
 * plain values, and a copy of the database alone reads none of it.
 */
import { randomUUID } from 'node:crypto';
import type { SecretBox } from '../../../platform/crypto/secretBox.ts';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { ConversationTable } from '../../../platform/db/schema.ts';
import type { ConversationForm, Heard, Level, PreparationAnswers } from '../domain/forms.ts';
import type { ListeningLevel } from '../domain/listening.ts';

export interface Conversation {
  id: string;
  schoolId: string;
  studentId: string;
  teacherId: string;
  previousId: string | null;
  aim: string;
  plannedAt: string;
  level: Level;
  link: { token: string | null; tokenHash: string | null; expiresAt: string | null };
  preparation: PreparationAnswers | null;
  preparationSavedAt: string | null;
  preparationDoneAt: string | null;
  form: ConversationForm | null;
  questions: string[];
  heldAt: string | null;
  sharedWithStudent: boolean;
  studentHeard: Heard | null;
  studentHeardNote: string | null;
  listeningLevel: ListeningLevel | null;
  listeningNote: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Seals and opens the free texts of a row; null stays null. */
export function sealer(box: SecretBox) {
  return {
    seal: (plain: string | null) => (plain === null ? null : box.seal(plain)),
    open: (sealed: string | null) => (sealed === null ? null : box.open(sealed)),
    sealJson: (value: unknown) => (value === null ? null : box.seal(JSON.stringify(value))),
    openJson: <T>(sealed: string | null): T | null =>
      sealed === null ? null : (JSON.parse(box.open(sealed)) as T),
  };
}

function present(row: ConversationTable, box: SecretBox): Conversation {
  const s = sealer(box);
  return {
    id: row.id,
    schoolId: row.school_id,
    studentId: row.student_id,
    teacherId: row.teacher_id,
    previousId: row.previous_id,
    aim: s.open(row.aim) ?? '',
    plannedAt: row.planned_at,
    level: row.level,
    link: { token: s.open(row.link_token), tokenHash: row.link_token_hash, expiresAt: row.link_expires_at },
    preparation: s.openJson<PreparationAnswers>(row.preparation),
    preparationSavedAt: row.preparation_saved_at,
    preparationDoneAt: row.preparation_done_at,
    form: s.openJson<ConversationForm>(row.form),
    questions: s.openJson<string[]>(row.questions) ?? [],
    heldAt: row.held_at,
    sharedWithStudent: row.shared_with_student === 1,
    studentHeard: row.student_heard,
    studentHeardNote: s.open(row.student_heard_note),
    listeningLevel: row.listening_level as ListeningLevel | null,
    listeningNote: s.open(row.listening_note),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewConversation {
  studentId: string;
  teacherId: string;
  previousId: string | null;
  aim: string;
  plannedAt: string;
  level: Level;
}

/** A conversation's columns a command may change; texts are given plain and sealed here. */
export interface ConversationChanges {
  aim?: string;
  plannedAt?: string;
  level?: Level;
  link?: { token: string; tokenHash: string; expiresAt: string } | null;
  /** A new expiry for the link as it is. */
  linkExpiresAt?: string;
  preparation?: PreparationAnswers;
  preparationSavedAt?: string;
  preparationDoneAt?: string | null;
  form?: ConversationForm;
  questions?: string[];
  heldAt?: string | null;
  sharedWithStudent?: boolean;
  studentHeard?: { answer: Heard | null; note: string | null };
  listening?: { level: ListeningLevel; note: string };
}

function columns(changes: ConversationChanges, box: SecretBox): Partial<ConversationTable> {
  const s = sealer(box);
  const set: Partial<ConversationTable> = {};
  if (changes.aim !== undefined) set.aim = box.seal(changes.aim);
  if (changes.plannedAt !== undefined) set.planned_at = changes.plannedAt;
  if (changes.level !== undefined) set.level = changes.level;
  if (changes.link !== undefined) {
    set.link_token = s.seal(changes.link?.token ?? null);
    set.link_token_hash = changes.link?.tokenHash ?? null;
    set.link_expires_at = changes.link?.expiresAt ?? null;
  }
  if (changes.linkExpiresAt !== undefined) set.link_expires_at = changes.linkExpiresAt;
  if (changes.preparation !== undefined) set.preparation = s.sealJson(changes.preparation);
  if (changes.preparationSavedAt !== undefined) set.preparation_saved_at = changes.preparationSavedAt;
  if (changes.preparationDoneAt !== undefined) set.preparation_done_at = changes.preparationDoneAt;
  if (changes.form !== undefined) set.form = s.sealJson(changes.form);
  if (changes.questions !== undefined) set.questions = s.sealJson(changes.questions);
  if (changes.heldAt !== undefined) set.held_at = changes.heldAt;
  if (changes.sharedWithStudent !== undefined) set.shared_with_student = changes.sharedWithStudent ? 1 : 0;
  if (changes.studentHeard !== undefined) {
    set.student_heard = changes.studentHeard.answer;
    set.student_heard_note = s.seal(changes.studentHeard.note);
  }
  if (changes.listening !== undefined) {
    set.listening_level = changes.listening.level;
    set.listening_note = box.seal(changes.listening.note);
  }
  return set;
}

export function conversationsRepository(db: Database, box: SecretBox, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async create(values: NewConversation, now: Date): Promise<string> {
      const id = randomUUID();
      const at = now.toISOString();
      await school
        .insertInto('conversations', {
          id,
          student_id: values.studentId,
          teacher_id: values.teacherId,
          previous_id: values.previousId,
          aim: box.seal(values.aim),
          planned_at: values.plannedAt,
          level: values.level,
          link_token: null,
          link_token_hash: null,
          link_expires_at: null,
          preparation: null,
          preparation_saved_at: null,
          preparation_done_at: null,
          form: null,
          questions: null,
          held_at: null,
          shared_with_student: 0,
          student_heard: null,
          student_heard_note: null,
          listening_level: null,
          listening_note: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return id;
    },
    async find(id: string): Promise<Conversation | undefined> {
      const row = await school
        .selectFrom('conversations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && present(row, box);
    },
    async update(id: string, changes: ConversationChanges, now: Date): Promise<void> {
      await school
        .updateTable('conversations')
        .set({ ...columns(changes, box), updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    /**
     * Changes a conversation only while it is (`held: true`) or is not (`held: false`) held, in one statement, so a
     * student's save cannot land after the teacher marked it held. False when nothing changed.
     */
    async updateWhile(id: string, held: boolean, changes: ConversationChanges, now: Date): Promise<boolean> {
      const result = await school
        .updateTable('conversations')
        .set({ ...columns(changes, box), updated_at: now.toISOString() })
        .where('id', '=', id)
        .where('held_at', held ? 'is not' : 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async remove(id: string): Promise<void> {
      await school.deleteFrom('conversations').where('id', '=', id).execute();
    },
    /** The conversations a teacher holds, or those shared with them, with the student's name and class. */
    async listFor(userId: string, which: 'held' | 'shared') {
      let query = school
        .selectFrom('conversations')
        .innerJoin('students', 'students.id', 'conversations.student_id')
        .innerJoin('users', 'users.id', 'conversations.teacher_id')
        .selectAll('conversations')
        .select([
          'students.name as student_name',
          'students.class_name as class_name',
          'users.name as teacher_name',
        ]);
      query =
        which === 'held'
          ? query.where('conversations.teacher_id', '=', userId)
          : query.where((eb) =>
              eb.exists(
                eb
                  .selectFrom('conversation_shares')
                  .select('conversation_shares.user_id')
                  .whereRef('conversation_shares.conversation_id', '=', 'conversations.id')
                  .where('conversation_shares.user_id', '=', userId),
              ),
            );
      const rows = await query.orderBy('conversations.planned_at', 'desc').execute();
      return rows.map((row) => ({
        ...present(row, box),
        studentName: row.student_name,
        className: row.class_name,
        teacherName: row.teacher_name,
      }));
    },
    /** Every conversation with this student (by any teacher of the school), newest first. */
    async withStudent(studentId: string) {
      const rows = await school
        .selectFrom('conversations')
        .selectAll()
        .where('student_id', '=', studentId)
        .orderBy('planned_at', 'desc')
        .execute();
      return rows.map((row) => present(row, box));
    },
    async sharedWith(conversationId: string) {
      return school
        .selectFrom('conversation_shares')
        .innerJoin('users', 'users.id', 'conversation_shares.user_id')
        .select(['users.id as userId', 'users.name as name'])
        .where('conversation_shares.conversation_id', '=', conversationId)
        .orderBy('users.name')
        .execute();
    },
    async isSharedWith(conversationId: string, userId: string): Promise<boolean> {
      const row = await school
        .selectFrom('conversation_shares')
        .select('user_id')
        .where('conversation_id', '=', conversationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async setShares(
      conversationId: string,
      userIds: readonly string[],
      by: string,
      now: Date,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        await scoped
          .deleteFrom('conversation_shares')
          .where('conversation_id', '=', conversationId)
          .execute();
        for (const userId of userIds) {
          await scoped
            .insertInto('conversation_shares', {
              conversation_id: conversationId,
              user_id: userId,
              shared_by: by,
              created_at: now.toISOString(),
            })
            .execute();
        }
      });
    },
  };
}

/** The conversation a student's link opens (any school: the token is the key). */
export async function conversationByLinkHash(
  db: Database,
  box: SecretBox,
  tokenHash: string,
): Promise<Conversation | undefined> {
  const row = await db
    .selectFrom('conversations')
    .selectAll()
    .where('link_token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && present(row, box);
}

export type ConversationsRepository = ReturnType<typeof conversationsRepository>;
