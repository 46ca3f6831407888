/**
 * Sharing a conversation with colleagues of the school (for example the care coordinator): they can read it and
 * download the PDF, not change it. The teacher's own reflection on how they listened is never shared.
 */
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { chosenIds, PeopleChecklist } from '../../facilitators/pages/PeopleChecklist.tsx';
import { type ConversationView, conversationApi } from './types.ts';

interface Colleague {
  userId: string;
  name: string;
  roles: string[];
}

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function SharingSection({ view, onChange }: Props) {
  const { t } = useT();
  const colleagues = useApiData<Colleague[]>(
    `/api/schools/${encodeURIComponent(view.schoolId)}/conversation-colleagues`,
  );
  return (
    <section aria-labelledby="gesprek-sharing">
      <h2 id="gesprek-sharing">{t('gesprekPages.sharing.title')}</h2>
      <p>{t('gesprekPages.sharing.intro')}</p>
      {colleagues.error && <LoadError message={colleagues.error.message} />}
      {!colleagues.data && !colleagues.error && <Loading />}
      {colleagues.data && <SharingForm view={view} onChange={onChange} colleagues={colleagues.data} />}
    </section>
  );
}

function SharingForm({ view, onChange, colleagues }: Props & { colleagues: Colleague[] }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'gesprek-shares',
    initial: { userIds: (view.sharedWith ?? []).map((p) => p.userId).join(',') },
    labels: { userIds: t('gesprekPages.sharing.label') },
    submit: async (v) => {
      onChange(
        await api<ConversationView>('PUT', `${conversationApi(view.schoolId, view.id)}/shares`, {
          userIds: chosenIds(v.userIds),
        }),
      );
      toast(t('gesprekPages.sharing.saved'));
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <PeopleChecklist
        field={form.field('userIds')}
        people={colleagues.map((c) => ({
          id: c.userId,
          name: c.name,
          note: c.roles.map((role) => t(`role.${role as 'teacher'}`)).join(', '),
        }))}
        empty={t('gesprekPages.sharing.nobody')}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('gesprekPages.sharing.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
