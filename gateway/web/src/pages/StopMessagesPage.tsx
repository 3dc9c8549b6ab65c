import { useState } from 'react';
import { execute } from '../api/client';
import type { Problem } from '../api/problems';
import { forUnit } from '../api/unit-operation';
import { unitByCode } from '../api/units';
import { ActionOutcome } from '../components/FormParts';
import { SetStaffRemindersDocument, StopFollowingDocument } from '../gql/graphql';
import { bothLanguages, useI18n } from '../i18n/i18n';
import { useLocation } from '../router';

/** A message's stop link lands here: one button does what it says (a link alone changes nothing, so a mail scanner cannot). */
function StopFrame(props: {
  title: string;
  lead: string;
  button: string;
  act(token: string): Promise<{ done: string | null; problems: Problem[] }>;
}) {
  const { t } = useI18n();
  const token = useLocation().search.get('token') ?? '';
  const [done, setDone] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sending, setSending] = useState(false);
  const run = async () => {
    setSending(true);
    const outcome = await props.act(token);
    setSending(false);
    setDone(outcome.done);
    setProblems(outcome.problems);
  };
  return (
    <>
      <h1>{props.title}</h1>
      <p className="lead">{props.lead}</p>
      {token ? null : <p className="error">{t('stop.noToken')}</p>}
      <ActionOutcome success={done} problems={problems} />
      <button type="button" className="button-primary" disabled={!token || sending} onClick={() => void run()}>
        {props.button}
      </button>
    </>
  );
}

const unknownUnit = (): Problem => {
  const words = bothLanguages('unit.notFound');
  return { code: 'NOT_FOUND', messageTh: words.th, messageEn: words.en };
};

/** A follower's stop link: no more messages about that consultation, draft or vote. */
export function StopFollowingPage({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <StopFrame
      title={t('stop.followTitle')}
      lead={t('stop.followLead')}
      button={t('stop.followButton')}
      act={async (token) => {
        // The unit's code comes from the message's link: one the directory does not know is said, not sent.
        const slug = unitByCode(code)?.slug;
        if (!slug) return { done: null, problems: [unknownUnit()] };
        const { data, problems } = await execute(forUnit(StopFollowingDocument, slug), { token });
        return { done: data?.unit?.stopFollowing ? t('stop.followDone') : null, problems };
      }}
    />
  );
}

/** A staff reminder's stop link: no more e-mail reminders for that person. */
export function StopRemindersPage() {
  const { t } = useI18n();
  return (
    <StopFrame
      title={t('stop.remindersTitle')}
      lead={t('stop.remindersLead')}
      button={t('stop.remindersButton')}
      act={async (token) => {
        const { data, problems } = await execute(SetStaffRemindersDocument, { token, on: false });
        return { done: data?.setStaffReminders === false ? t('stop.remindersDone') : null, problems };
      }}
    />
  );
}
