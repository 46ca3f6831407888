/**
 * Starting a conversation (/gesprekken/:schoolId/nieuw, PRODUCT G1): with a student from the school's list or one
 * added by hand (name or initials, and class), an aim in words the student understands, a proposed date and the
 * language level of the preparation. With ?vervolgOp=<id> it is the follow-up of that conversation, with the same
 * student, starting from its agreements.
 */
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, type FieldErrors, unnested } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { InputField, TextArea } from '../../spiegel/pages/FormBits.tsx';
import type { levels } from '../domain/shape.ts';
import { LevelChoice } from './LevelChoice.tsx';
import { StudentPicker } from './StudentPicker.tsx';
import {
  type ConversationView,
  conversationApi,
  conversationPath,
  type MyConversations,
  type RosterStudentView,
} from './types.ts';
import './gesprek.css';

export function NewConversationPage() {
  const { schoolId = '' } = useParams();
  const [search] = useSearchParams();
  const previousId = search.get('vervolgOp');
  return <NewConversation key={`${schoolId}/${previousId}`} schoolId={schoolId} previousId={previousId} />;
}

function NewConversation({ schoolId, previousId }: { schoolId: string; previousId: string | null }) {
  const { t } = useT();
  const mine = useApiData<MyConversations>('/api/my/conversations');
  const roster = useApiData<RosterStudentView[]>(`/api/schools/${encodeURIComponent(schoolId)}/students`);
  const school = mine.data?.schools.find((s) => s.id === schoolId);
  const failed = mine.error ?? roster.error;
  const ready = mine.data && roster.data;
  return (
    <>
      <PageTitle lead={school?.name}>
        {previousId ? t('gesprekPages.new.followUpTitle') : t('gesprekPages.new.title')}
      </PageTitle>
      <p>
        <Link to="/gesprekken">{t('gesprekPages.backToList')}</Link>
      </p>
      {failed && <LoadError message={failed.message} />}
      {!failed && !ready && <Loading />}
      {!failed && ready && !school && <Notice tone="warning">{t('gesprekPages.new.notTeacher')}</Notice>}
      {!failed && ready && school && previousId && (
        <FollowUp schoolId={schoolId} previousId={previousId} defaultLevel={school.level} />
      )}
      {!failed && ready && school && !previousId && (
        <StartForm schoolId={schoolId} defaultLevel={school.level} roster={roster.data!} previous={null} />
      )}
    </>
  );
}

/** The follow-up: the same student, from the conversation it follows. */
function FollowUp(props: { schoolId: string; previousId: string; defaultLevel: (typeof levels)[number] }) {
  const previous = useApiData<ConversationView>(conversationApi(props.schoolId, props.previousId));
  if (previous.error) return <LoadError message={previous.error.message} />;
  if (!previous.data) return <Loading />;
  return (
    <StartForm
      schoolId={props.schoolId}
      defaultLevel={props.defaultLevel}
      roster={[]}
      previous={previous.data}
    />
  );
}

interface StartProps {
  schoolId: string;
  defaultLevel: (typeof levels)[number];
  roster: RosterStudentView[];
  previous: ConversationView | null;
}

function StartForm({ schoolId, defaultLevel, roster, previous }: StartProps) {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');
  const form = useForm({
    id: 'gesprek-new',
    initial: {
      mode: roster.length > 0 ? 'roster' : 'new',
      studentId: '',
      name: '',
      className: '',
      aim: previous ? t('gesprekPages.new.followUpAim') : '',
      plannedAt: '',
      level: previous?.level ?? defaultLevel,
    },
    labels: {
      studentId: t('gesprekPages.new.student'),
      name: t('gesprekPages.new.name'),
      className: t('gesprekPages.new.className'),
      aim: t('gesprekPages.new.aim'),
      plannedAt: t('gesprekPages.new.plannedAt'),
    },
    validate: (v) => {
      const required = ['aim', 'plannedAt'] as ('aim' | 'plannedAt' | 'name' | 'studentId')[];
      if (!previous) required.push(v.mode === 'new' ? 'name' : 'studentId');
      return requireFields(v, required, t) as FieldErrors;
    },
    submit: async (v) => {
      const student = previous
        ? { followUpOf: previous.id }
        : v.mode === 'new'
          ? { name: v.name, className: v.className }
          : { id: v.studentId };
      const started = await api<{ id: string }>(
        'POST',
        `/api/schools/${encodeURIComponent(schoolId)}/conversations`,
        { student, aim: v.aim, plannedAt: v.plannedAt, level: v.level },
      ).catch((error: unknown) => {
        // The student's fields sit inside `student` in the request; on the form they are fields of their own.
        const inner = unnested(error, 'student');
        const { id, ...others } = inner.fields;
        throw new ApiError(
          inner.status,
          inner.code,
          inner.message,
          id ? { ...others, studentId: id } : others,
        );
      });
      navigate(conversationPath(schoolId, started.id));
    },
  });
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return roster.filter((s) => words.every((w) => `${s.name} ${s.className}`.toLowerCase().includes(w)));
  }, [filter, roster]);

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      {previous ? (
        <Notice>
          <p>
            {t('gesprekPages.new.followUpOf', {
              student: previous.student.name,
              date: formatDateTime(locale, previous.plannedAt),
              count: previous.agreements.length,
            })}
          </p>
        </Notice>
      ) : (
        <>
          <RadioGroup
            id="gesprek-new-mode"
            label={t('gesprekPages.new.who')}
            value={String(form.values.mode)}
            onChange={(value) => form.set('mode', value)}
            options={[
              { value: 'roster', label: t('gesprekPages.new.fromList') },
              { value: 'new', label: t('gesprekPages.new.byHand') },
            ]}
          />
          {form.values.mode === 'roster' ? (
            <StudentPicker
              field={form.field('studentId')}
              filter={filter}
              onFilter={setFilter}
              students={shown}
              total={roster.length}
              chosen={roster.find((s) => s.id === form.values.studentId)}
            />
          ) : (
            <div className="gesprek-pair">
              <Field {...form.field('name')} hint={t('gesprekPages.new.nameHint')} autoComplete="off" />
              <Field {...form.field('className')} hint={t('gesprekPages.new.classHint')} autoComplete="off" />
            </div>
          )}
        </>
      )}
      <TextArea
        {...form.field('aim')}
        hint={t('gesprekPages.new.aimHint')}
        rows={3}
        maxLength={500}
        required
      />
      <InputField
        {...form.field('plannedAt')}
        type="datetime-local"
        hint={t('gesprekPages.new.plannedAtHint')}
        required
      />
      <LevelChoice
        id="gesprek-new-level"
        hint={t('gesprekPages.new.levelHint')}
        value={String(form.values.level)}
        onChange={(level) => form.set('level', level)}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('gesprekPages.new.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}
