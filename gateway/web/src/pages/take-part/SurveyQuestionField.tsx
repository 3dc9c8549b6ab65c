import type { SurveyPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

export type SurveyQuestion = NonNullable<NonNullable<SurveyPageQuery['unit']>['survey']>['questions'][number];

export interface Answer {
  choices: number[];
  scale: number | null;
  text: string;
}

export const EMPTY_ANSWER: Answer = { choices: [], scale: null, text: '' };

export const isAnswered = (answer: Answer) => answer.choices.length > 0 || answer.scale !== null || answer.text.trim() !== '';

/** One question as the form control its kind needs, in a fieldset (choices, scale) or with a label (text). */
export function SurveyQuestionField(props: { question: SurveyQuestion; answer: Answer; error?: string; onChange(answer: Answer): void }) {
  const { question, answer, error, onChange } = props;
  const { t, pick } = useI18n();
  const id = `q-${question.id}`;
  const title = `${question.position}. ${pick(question.textTh, question.textEn)} ${question.required ? t('common.required') : t('common.optional')}`;
  const errorLine = error ? (
    <span id={`${id}-error`} className="error" role="alert">
      {error}
    </span>
  ) : null;
  const describedBy = error ? `${id}-error` : undefined;
  if (question.kind === 'FREE_TEXT') {
    return (
      <div className="field">
        <label htmlFor={id}>{title}</label>
        {errorLine}
        <textarea
          id={id}
          value={answer.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...answer, text: e.target.value })}
        />
      </div>
    );
  }
  const scale = question.kind === 'SCALE_1_5';
  const multiple = question.kind === 'MULTIPLE_CHOICE';
  const options = scale
    ? [1, 2, 3, 4, 5].map((value) => ({ key: value, label: t(`survey.scale${value}` as 'survey.scale1') }))
    : question.options.map((o) => ({ key: o.index, label: pick(o.labelTh, o.labelEn) }));
  const checked = (key: number) => (scale ? answer.scale === key : answer.choices.includes(key));
  const choose = (key: number) => {
    if (scale) onChange({ ...answer, scale: key });
    else if (!multiple) onChange({ ...answer, choices: [key] });
    else
      onChange({
        ...answer,
        choices: answer.choices.includes(key) ? answer.choices.filter((c) => c !== key) : [...answer.choices, key].sort((a, b) => a - b),
      });
  };
  return (
    <fieldset id={id} aria-describedby={describedBy}>
      <legend>{title}</legend>
      {multiple ? <span className="hint">{t('survey.chooseAny')}</span> : null}
      {errorLine}
      <div className={scale ? 'choices-inline' : undefined}>
        {options.map((option) => (
          <label key={option.key} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              id={`${id}-${option.key}`}
              checked={checked(option.key)}
              onChange={() => choose(option.key)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
