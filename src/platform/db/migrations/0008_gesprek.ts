import type { Kysely } from 'kysely';

/**
 * Teacher–student conversations (PRODUCT G1–G4): the school's student roster (name or initials and class, by
 * hand or from an export), conversations with the student's personal link, their preparation and form, the
 * agreements with an evaluation day, and the colleagues a teacher shares a conversation with. Everything a
 * student or teacher writes is sealed with the server's key; names and dates stay readable to list them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('students')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('class_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Both databases let several rows have no external id under a unique index.
  await db.schema
    .createIndex('students_external')
    .on('students')
    .columns(['school_id', 'external_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
    .addColumn('teacher_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('previous_id', 'text', (c) => c.references('conversations.id').onDelete('set null'))
    .addColumn('aim', 'text', (c) => c.notNull())
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('link_token', 'text')
    .addColumn('link_token_hash', 'text', (c) => c.unique())
    .addColumn('link_expires_at', 'text')
    .addColumn('preparation', 'text')
    .addColumn('preparation_saved_at', 'text')
    .addColumn('preparation_done_at', 'text')
    .addColumn('form', 'text')
    .addColumn('questions', 'text')
    .addColumn('held_at', 'text')
    .addColumn('shared_with_student', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('student_heard', 'text')
    .addColumn('student_heard_note', 'text')
    .addColumn('listening_level', 'integer')
    .addColumn('listening_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_teacher').on('conversations').columns(['teacher_id']).execute();
  await db.schema.createIndex('conversations_student').on('conversations').columns(['student_id']).execute();

  await db.schema
    .createTable('conversation_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('owner_other', 'text')
    .addColumn('how', 'text')
    .addColumn('evaluate_on', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('evaluation_note', 'text')
    .addColumn('evaluated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_agreements_conversation')
    .on('conversation_agreements')
    .columns(['conversation_id'])
    .execute();
  await db.schema
    .createIndex('conversation_agreements_due')
    .on('conversation_agreements')
    .columns(['evaluated_at', 'evaluate_on'])
    .execute();

  await db.schema
    .createTable('conversation_shares')
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('shared_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_shares_pk', ['conversation_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['conversation_shares', 'conversation_agreements', 'conversations', 'students']) {
    await db.schema.dropTable(table).execute();
  }
}
