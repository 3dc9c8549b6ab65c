import { useState } from 'react';
import { execute } from '../api/client';
import { ActionOutcome, Field } from '../components/FormParts';
import { NotifyChoices } from '../components/NotifyChoices';
import { ProblemNotice } from '../components/ProblemNotice';
import { formProblem, useApiForm } from '../components/use-api-form';
import { EraseMyCaseDocument, MyCaseDataDocument, SetCaseNoticesDocument, type MyCaseDataQuery, type NotifyChannel } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLocation } from '../router';

type MyData = MyCaseDataQuery['myCaseData'];

/**
 * PDPA self-service: with the case code and the privacy key from the receipt, the submitter sees
 * everything the office keeps about the case and may erase it. Someone with the code alone cannot.
 */
export function MyDataPage() {
  const { t, pick, label, format } = useI18n();
  const { search } = useLocation();
  const [data, setData] = useState<MyData | null>(null);
  const [sure, setSure] = useState(false);
  const [erased, setErased] = useState<string | null>(null);
  const [notifyBy, setNotifyBy] = useState<NotifyChannel[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { form, sending, problems, show, submit, problemAt } = useApiForm({
    defaultValues: { code: search.get('code') ?? '', privacyKey: '' },
    fields: { code: 'code', privacyKey: 'privacyKey' },
    check: (values) =>
      (['code', 'privacyKey'] as const)
        .filter((name) => !values[name].trim())
        .map((name) => formProblem(name, 'desk.required', {}, 'TEXT_REQUIRED')),
  });
  /** What proves the case is theirs, as typed in the form. */
  const proof = () => {
    const { code, privacyKey } = form.getValues();
    return { code: code.trim(), privacyKey: privacyKey.trim() || null };
  };

  const look = submit(async () => {
    setErased(null);
    const result = await execute(MyCaseDataDocument, proof());
    setData(result.problems.length === 0 ? (result.data?.myCaseData ?? null) : null);
    setNotifyBy([...(result.data?.myCaseData.contact?.notifyBy ?? [])]);
    setSaved(null);
    return result.problems.length === 0 ? true : result.problems;
  });

  /** The channels the office can reach this person on: those whose address it keeps. */
  const reachable = (contact: NonNullable<MyData['contact']>): NotifyChannel[] => [
    ...(contact.email ? (['EMAIL'] as const) : []),
    ...(contact.phone ? (['SMS'] as const) : []),
    ...(contact.lineLinked ? (['LINE'] as const) : []),
  ];

  const saveNotices = async () => {
    setBusy(true);
    const result = await execute(SetCaseNoticesDocument, { ...proof(), notifyBy });
    setBusy(false);
    show(result.problems);
    const now = result.data?.setCaseNotices;
    if (now && result.problems.length === 0) {
      setNotifyBy([...now]);
      setSaved(t('myData.notifySaved', { channels: now.map((c) => label('notifyChannel', c)).join(', ') || t('myData.notifyNone') }));
    }
  };

  const erase = async () => {
    setBusy(true);
    const result = await execute(EraseMyCaseDocument, proof());
    setBusy(false);
    show(result.problems);
    if (result.data?.eraseMyCase && result.problems.length === 0) {
      setData(null);
      setSure(false);
      setErased(t('myData.erased', { date: format.dateTime(result.data.eraseMyCase.erasedAt) }));
    }
  };

  return (
    <>
      <h1>{t('myData.title')}</h1>
      <p className="lead">{t('myData.lead')}</p>
      <ProblemNotice problems={problems} />
      <ActionOutcome success={erased} problems={[]} />
      <form onSubmit={look} noValidate>
        <Field id="my-code" label={`${t('receipt.code')} ${t('common.required')}`} problem={problemAt('code')}>
          {(aria) => <input {...aria} type="text" autoComplete="off" {...form.register('code')} />}
        </Field>
        <Field
          id="my-key"
          label={`${t('receipt.privacyKey')} ${t('common.required')}`}
          problem={problemAt('privacyKey')}
          hint={t('myData.keyHint')}
        >
          {(aria) => <input {...aria} type="text" autoComplete="off" {...form.register('privacyKey')} />}
        </Field>
        <button type="submit" className="button-primary" disabled={sending || busy}>
          {t('myData.look')}
        </button>
      </form>
      {data ? (
        <section aria-labelledby="my-data-heading" data-testid="my-data">
          <h2 id="my-data-heading">{t('myData.kept')}</h2>
          <dl className="facts">
            <dt>{t('receipt.code')}</dt>
            <dd>{data.case.code}</dd>
            <dt>{t('follow.status')}</dt>
            <dd>{label('case', data.case.status)}</dd>
            <dt>{t('follow.unit')}</dt>
            <dd>{pick(data.case.unit.nameTh, data.case.unit.nameEn)}</dd>
            <dt>{t('follow.received')}</dt>
            <dd>{format.dateTime(data.case.receivedAt)}</dd>
            <dt>{t('myData.contact')}</dt>
            <dd>
              {data.contact
                ? [data.contact.name, data.contact.email, data.contact.phone].filter(Boolean).join(' · ')
                : t('myData.anonymous')}
            </dd>
          </dl>
          {data.contact ? (
            <div data-testid="my-notices">
              <NotifyChoices idPrefix="my-notify" offered={reachable(data.contact)} chosen={notifyBy} onChange={setNotifyBy} />
              <ActionOutcome success={saved} problems={[]} />
              <button type="button" className="button-secondary" disabled={sending || busy} onClick={() => void saveNotices()}>
                {t('myData.notifySave')}
              </button>
            </div>
          ) : null}
          <div className="field">
            <label>
              <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> {t('myData.sure')}
            </label>
          </div>
          <button type="button" className="button-secondary" disabled={!sure || sending || busy} onClick={() => void erase()}>
            {t('myData.erase')}
          </button>
        </section>
      ) : null}
    </>
  );
}
