import { useState } from 'react';
import { useSession } from '../api/session';
import { execute } from '../api/client';
import { forUnit } from '../api/unit-operation';
import { slugOfCode } from '../api/units';
import { FollowDocument, type FollowKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionOutcome, Field } from './FormParts';
import { useApiForm } from './use-api-form';

/**
 * "Tell me when it moves": an e-mail address (or LINE, for someone signed in with LINE) to hear
 * when a consultation, draft or vote opens, closes and publishes what came of it.
 */
export function FollowBox({ code, kind, id }: { code: string; kind: FollowKind; id: string }) {
  const { t, label } = useI18n();
  const viaLine = useSession()?.viaLine ?? false;
  const [done, setDone] = useState<string | null>(null);
  const { form, sending, sent, problems, submit, problemAt } = useApiForm({
    defaultValues: { email: '', line: viaLine },
    fields: { email: 'email', line: 'email' },
  });

  const send = submit(async ({ email, line }) => {
    const { data, problems: sendProblems } = await execute(forUnit(FollowDocument, slugOfCode(code)), {
      kind,
      id,
      email: email.trim() || null,
      line: viaLine && line,
    });
    const result = data?.unit?.follow;
    if (!result) return sendProblems;
    setDone(t('watch.on', { channels: result.channels.map((c) => label('notifyChannel', c)).join(', ') }));
    return true;
  });

  return (
    <section aria-labelledby="follow-heading" className="follow-box" data-testid="follow-box">
      <h2 id="follow-heading" className="h3-size">
        {t('watch.title')}
      </h2>
      <form onSubmit={send} noValidate>
        <Field id="follow-email" label={t('form.email')} hint={t('watch.hint')} problem={problemAt('email')}>
          {(aria) => <input {...aria} type="email" autoComplete="email" {...form.register('email')} />}
        </Field>
        {viaLine ? (
          <label className="choice">
            <input type="checkbox" id="follow-line" {...form.register('line')} />
            <span>{label('notifyChannel', 'LINE')}</span>
          </label>
        ) : null}
        <ActionOutcome success={sent ? done : null} problems={problems} />
        <button type="submit" className="button-secondary" disabled={sending}>
          {t('watch.submit')}
        </button>
      </form>
    </section>
  );
}
