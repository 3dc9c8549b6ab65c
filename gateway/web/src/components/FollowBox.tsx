import { useState, type FormEvent } from 'react';
import type { Problem } from '../api/problems';
import { useSession } from '../api/session';
import { executeInUnit } from '../api/unit-mutation';
import { FollowDocument, type FollowKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionOutcome, Field, splitFieldProblems } from './FormParts';

/**
 * "Tell me when it moves": an e-mail address (or LINE, for someone signed in with LINE) to hear
 * when a consultation, draft or vote opens, closes and publishes what came of it.
 */
export function FollowBox({ code, kind, id }: { code: string; kind: FollowKind; id: string }) {
  const { t, label } = useI18n();
  const viaLine = useSession()?.viaLine ?? false;
  const [email, setEmail] = useState('');
  const [line, setLine] = useState(viaLine);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { byInput, rest } = splitFieldProblems(problems, { email: 'follow-email', line: 'follow-email' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    const { result, problems: sent } = await executeInUnit(FollowDocument, code, {
      kind,
      id,
      email: email.trim() || null,
      line: viaLine && line,
    });
    setSending(false);
    setProblems(sent);
    if (result) setDone(t('watch.on', { channels: result.channels.map((c) => label('notifyChannel', c)).join(', ') }));
  };

  return (
    <section aria-labelledby="follow-heading" className="follow-box" data-testid="follow-box">
      <h2 id="follow-heading" className="h3-size">
        {t('watch.title')}
      </h2>
      <form onSubmit={submit} noValidate>
        <Field id="follow-email" label={t('form.email')} hint={t('watch.hint')} problem={byInput['follow-email']}>
          {(aria) => <input {...aria} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        {viaLine ? (
          <label className="choice">
            <input type="checkbox" id="follow-line" checked={line} onChange={(e) => setLine(e.target.checked)} />
            <span>{label('notifyChannel', 'LINE')}</span>
          </label>
        ) : null}
        <ActionOutcome success={done} problems={rest} />
        <button type="submit" className="button-secondary" disabled={sending}>
          {t('watch.submit')}
        </button>
      </form>
    </section>
  );
}
