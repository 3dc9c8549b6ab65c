import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { slugOfCode } from '../../api/units';
import { useQuery } from '../../api/use-query';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { formProblem, useApiForm } from '../../components/use-api-form';
import { RespondToSurveyDocument, SurveyPageDocument, type SurveyPageQuery, type SurveyResultsFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { EMPTY_ANSWER, isAnswered, SurveyQuestionField, type Answer } from './SurveyQuestionField';
import { TakePartFrame } from './TakePartFrame';

type Survey = NonNullable<NonNullable<SurveyPageQuery['unit']>['survey']>;

interface SurveyValues {
  participantCode: string;
  /** Each question's answer by its input's id (`q-<id>`). */
  answers: Record<string, Answer>;
}

const inputOf = (questionId: string) => `q-${questionId}`;

function SurveyForm({ survey, code }: { survey: Survey; code: string }) {
  const { t, format } = useI18n();
  const [receivedAt, setReceivedAt] = useState<string | null>(null);
  const answerIn = (values: SurveyValues, questionId: string) => values.answers[inputOf(questionId)] ?? EMPTY_ANSWER;
  const { form, sending, problems, submit, errorAt } = useApiForm<SurveyValues>({
    defaultValues: { participantCode: '', answers: {} },
    fields: {
      participantCode: 'participantCode',
      ...Object.fromEntries(survey.questions.map((q) => [inputOf(q.id), `answers.${inputOf(q.id)}` as const])),
    },
    check: (values) => [
      ...(survey.eligibility === 'LISTED' && !values.participantCode.trim() ? [formProblem('participantCode', 'survey.err.code')] : []),
      ...survey.questions
        .filter((q) => q.required && !isAnswered(answerIn(values, q.id)))
        .map((q) => formProblem(`answers.${inputOf(q.id)}`, 'survey.err.required')),
    ],
    // The first thing to fix gets the focus (its error is read out with it): the code, or a question's first input.
    focus: (name) => {
      const target = document.getElementById(name === 'participantCode' ? 'survey-code' : name.replace('answers.', ''));
      (target?.matches('input, textarea') ? target : target?.querySelector<HTMLElement>('input, textarea'))?.focus();
    },
  });
  if (receivedAt) {
    return (
      <p className="notice" role="status" data-testid="survey-receipt">
        {t('survey.received', { date: format.dateTime(receivedAt) })}
      </p>
    );
  }
  const send = submit(async (values, key) => {
    const { data, problems: sendProblems } = await execute(forUnit(RespondToSurveyDocument, slugOfCode(code)), {
      surveyId: survey.id,
      participantCode: survey.eligibility === 'LISTED' ? values.participantCode.trim() : null,
      answers: survey.questions
        .filter((q) => isAnswered(answerIn(values, q.id)))
        .map((q) => {
          const a = answerIn(values, q.id);
          return q.kind === 'FREE_TEXT'
            ? { questionId: q.id, text: a.text }
            : q.kind === 'SCALE_1_5'
              ? { questionId: q.id, scale: a.scale }
              : { questionId: q.id, choices: a.choices };
        }),
      key,
    });
    const result = data?.unit?.respondToSurvey;
    if (!result) return sendProblems;
    setReceivedAt(result.submittedAt);
    return true;
  });
  return (
    <form onSubmit={send} noValidate aria-labelledby="survey-form-heading">
      <h2 id="survey-form-heading">{t('survey.answer')}</h2>
      <ProblemNotice problems={problems} />
      {survey.eligibility === 'LISTED' ? (
        <TextField
          id="survey-code"
          label={`${t('take.participantCode')} ${t('common.required')}`}
          input={form.register('participantCode')}
          error={errorAt('participantCode')}
        />
      ) : null}
      {survey.questions.map((question) => (
        <Controller
          key={question.id}
          control={form.control}
          name={`answers.${inputOf(question.id)}`}
          render={({ field }) => (
            <SurveyQuestionField
              question={question}
              answer={field.value ?? EMPTY_ANSWER}
              error={errorAt(`answers.${inputOf(question.id)}`)}
              onChange={field.onChange}
            />
          )}
        />
      ))}
      <button type="submit" className="button-primary" aria-disabled={sending || undefined}>
        {sending ? t('form.sending') : t('survey.send')}
      </button>
    </form>
  );
}

/** Results: counts per option or scale value, and the latest free-text answers (the public's once closed, the desk's as they come in). */
export function SurveyResults({ survey, level = 2 }: { survey: SurveyResultsFieldsFragment; level?: 2 | 4 }) {
  const { t, pick, format } = useI18n();
  const Heading = `h${level}` as const;
  const QuestionHeading = `h${level + 1}` as 'h3' | 'h5';
  return (
    <section aria-labelledby={`results-${survey.id}`} data-testid="survey-results">
      <Heading id={`results-${survey.id}`}>{t('survey.results', { n: format.number(survey.responseCount) })}</Heading>
      {survey.results.map((result) => {
        const question = survey.questions.find((q) => q.id === result.question.id);
        if (!question) return null;
        return (
          <section key={question.id} aria-labelledby={`r-${question.id}`}>
            <QuestionHeading id={`r-${question.id}`}>{pick(question.textTh, question.textEn)}</QuestionHeading>
            {result.average != null ? <p>{t('survey.average', { avg: format.number(result.average, 2) })}</p> : null}
            {result.options || result.distribution ? (
              <table>
                <caption>{t('survey.answered', { n: format.number(result.answered) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('take.option')}</th>
                    <th scope="col">{t('survey.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(result.options ?? []).map((o) => (
                    <tr key={o.index}>
                      <th scope="row">{pick(o.labelTh, o.labelEn)}</th>
                      <td>{format.number(o.count)}</td>
                    </tr>
                  ))}
                  {(result.distribution ?? []).map((d) => (
                    <tr key={d.value}>
                      <th scope="row">{t(`survey.scale${d.value}` as 'survey.scale1')}</th>
                      <td>{format.number(d.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {result.texts ? (
              <ul>
                {result.texts.nodes.map((text, i) => (
                  <li key={i} className="prose">
                    {text.text}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}

/** A survey: its questions as a form while open (with the participant code for LISTED ones), results once closed. */
export function SurveyPage({ code, id }: { code: string; id: string }) {
  const { t, pick, label, format } = useI18n();
  const { data, problems, loading, reload } = useQuery(SurveyPageDocument, { code, id });
  const survey = data?.unit?.survey;
  return (
    <TakePartFrame
      loading={loading}
      problems={problems}
      reload={reload}
      unit={data?.unit}
      titleTh={survey?.titleTh}
      titleEn={survey?.titleEn}
    >
      {survey ? (
        <>
          <p className="badges">
            <span className="badge">{label('status', survey.status)}</span>
          </p>
          <p className="meta">{t('take.window', { from: format.dateTime(survey.opensAt), to: format.dateTime(survey.closesAt) })}</p>
          {survey.descriptionTh ? <p>{pick(survey.descriptionTh, survey.descriptionEn)}</p> : null}
          {survey.status === 'OPEN' ? <SurveyForm survey={survey} code={code} /> : null}
          {survey.status === 'CLOSED' ? (
            <SurveyResults survey={survey} />
          ) : (
            <p>{t('survey.resultsOn', { date: format.date(survey.closesAt) })}</p>
          )}
        </>
      ) : null}
    </TakePartFrame>
  );
}
