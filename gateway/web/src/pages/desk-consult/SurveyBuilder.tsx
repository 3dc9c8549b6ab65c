import { useFieldArray, useWatch, type Path, type UseFormReturn } from 'react-hook-form';
import type { Problem } from '../../api/problems';
import { forUnit } from '../../api/unit-operation';
import { ActionOutcome, Field } from '../../components/FormParts';
import { toDateTime } from '../../components/SpecForm';
import { formProblem, useApiForm } from '../../components/use-api-form';
import { StaffCreateSurveyDocument, type SurveyEligibility, type SurveyQuestionKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';
import { listOf, orNull, sendForm } from '../unit-services/desk-send';

/** Every kind of question the API takes (SurveyQuestionKind). */
const KINDS: readonly SurveyQuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'FREE_TEXT'];
const isChoice = (kind: SurveyQuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

interface QuestionValues {
  kind: SurveyQuestionKind;
  textTh: string;
  textEn: string;
  required: boolean;
  /** One option a line, "Thai | English". */
  options: string;
}

interface BuilderValues {
  titleTh: string;
  titleEn: string;
  descriptionTh: string;
  opensAt: string;
  closesAt: string;
  eligibility: SurveyEligibility;
  anonymous: boolean;
  questions: QuestionValues[];
}

type Form = UseFormReturn<BuilderValues>;
type TopField = 'titleTh' | 'titleEn' | 'descriptionTh' | 'opensAt' | 'closesAt';

const newQuestion = (): QuestionValues => ({ kind: 'SINGLE_CHOICE', textTh: '', textEn: '', required: true, options: '' });
const empty = (): BuilderValues => ({
  titleTh: '',
  titleEn: '',
  descriptionTh: '',
  opensAt: '',
  closesAt: '',
  eligibility: 'OPEN',
  anonymous: true,
  questions: [newQuestion()],
});

/** A question's part the API names (`questions[2].options[0].labelTh`) as the form's value beside which it is said. */
function questionField(field: string) {
  const inQuestion = /^questions\[(\d+)\]\.(textTh|textEn|options)/.exec(field);
  return inQuestion ? (`questions.${Number(inQuestion[1])}.${inQuestion[2] as 'textTh' | 'textEn' | 'options'}` as const) : undefined;
}

/** What is plainly missing is said here; the API checks the rest (option counts, lengths, the window). */
const missing = (values: BuilderValues) => [
  ...(['titleTh', 'opensAt', 'closesAt'] as const).filter((f) => !values[f].trim()).map((f) => formProblem(f, 'desk.required')),
  ...values.questions.flatMap((q, i) => (q.textTh.trim() ? [] : [formProblem(`questions[${i}].textTh`, 'desk.required')])),
];

/** The survey as the API takes it. */
const surveyInput = (values: BuilderValues) => ({
  titleTh: values.titleTh,
  titleEn: orNull(values.titleEn),
  descriptionTh: orNull(values.descriptionTh),
  opensAt: toDateTime(values.opensAt)!,
  closesAt: toDateTime(values.closesAt)!,
  eligibility: values.eligibility,
  anonymous: values.eligibility === 'OPEN' || values.anonymous,
  questions: values.questions.map((q) => ({
    kind: q.kind,
    textTh: q.textTh,
    textEn: orNull(q.textEn),
    required: q.required,
    options: isChoice(q.kind)
      ? listOf(q.options).map((line) => {
          const [labelTh, labelEn] = line.split('|').map((part) => part.trim());
          return { labelTh: labelTh!, labelEn: labelEn || null };
        })
      : null,
  })),
});

/** The survey builder: title, window, who may answer, and 1–100 questions of any kind, in order. */
export function SurveyBuilder({ slug, created }: { slug: string; created(): void }) {
  const { t, label } = useI18n();
  const { form, sending, sent, problems, submit, problemAt } = useApiForm<BuilderValues>({
    defaultValues: empty(),
    fields: { titleTh: 'titleTh', titleEn: 'titleEn', descriptionTh: 'descriptionTh', opensAt: 'opensAt', closesAt: 'closesAt' },
    listField: questionField,
    check: missing,
  });
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const [eligibility, anonymous] = useWatch({ control: form.control, name: ['eligibility', 'anonymous'] });
  const send = submit(async (values) => {
    const result = await sendForm(forUnit(StaffCreateSurveyDocument, slug), { input: surveyInput(values) }, 'surveyDesk.created', created);
    if (!result.done) return result.problems;
    form.reset(empty());
    return true;
  });
  const topField = (name: TopField, labelKey: MessageKey, required: boolean, kind: 'text' | 'textarea' | 'datetime' = 'text') => (
    <Field
      id={`builder-${name}`}
      label={`${t(labelKey)} ${required ? t('common.required') : t('common.optional')}`}
      problem={problemAt(name)}
    >
      {(aria) =>
        kind === 'textarea' ? (
          <textarea {...aria} {...form.register(name)} />
        ) : (
          <input {...aria} {...form.register(name)} type={kind === 'datetime' ? 'datetime-local' : 'text'} />
        )
      }
    </Field>
  );

  return (
    <section aria-labelledby="builder-heading" data-testid="survey-builder">
      <h2 id="builder-heading">{t('surveyDesk.builderTitle')}</h2>
      <form onSubmit={send} noValidate>
        {topField('titleTh', 'desk.titleTh', true)}
        {topField('titleEn', 'surveyDesk.titleEn', false)}
        {topField('descriptionTh', 'desk.descriptionTh', false, 'textarea')}
        {topField('opensAt', 'desk.opensAt', true, 'datetime')}
        {topField('closesAt', 'desk.closesAt', true, 'datetime')}
        <fieldset>
          <legend>{t('surveyDesk.eligibility')}</legend>
          {(['OPEN', 'LISTED'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" value={value} {...form.register('eligibility')} />
              <span>{label('surveyDesk.eligibility', value)}</span>
            </label>
          ))}
          {/* Open to anyone is always anonymous: shown ticked and fixed, the choice kept for code holders. */}
          <label className="choice">
            <input
              type="checkbox"
              checked={eligibility === 'OPEN' || anonymous}
              disabled={eligibility === 'OPEN'}
              aria-describedby="builder-anonymous-hint"
              onChange={(e) => form.setValue('anonymous', e.target.checked)}
            />
            <span>{t('surveyDesk.anonymous')}</span>
          </label>
          <span id="builder-anonymous-hint" className="hint">
            {t('surveyDesk.anonymousHint')}
          </span>
        </fieldset>
        <h3>{t('surveyDesk.questions')}</h3>
        {questions.fields.map((field, i) => (
          <QuestionFields
            key={field.id}
            form={form}
            index={i}
            problemAt={problemAt}
            onRemove={questions.fields.length > 1 ? () => questions.remove(i) : undefined}
          />
        ))}
        <p>
          <button type="button" className="button-secondary" onClick={() => questions.append(newQuestion())}>
            {t('surveyDesk.addQuestion')}
          </button>
        </p>
        <button type="submit" className="button-primary" disabled={sending}>
          {sending ? t('form.sending') : t('surveyDesk.create')}
        </button>
      </form>
      <ActionOutcome success={sent ? t('surveyDesk.created') : null} problems={problems} />
    </section>
  );
}

/** One question of the builder: its kind, its words, whether it must be answered, a choice question's options. */
function QuestionFields(props: {
  form: Form;
  index: number;
  problemAt(name: Path<BuilderValues>): Problem | undefined;
  onRemove?: () => void;
}) {
  const { t, label } = useI18n();
  const { form, index: i, problemAt, onRemove } = props;
  const n = i + 1;
  const kind = useWatch({ control: form.control, name: `questions.${i}.kind` });
  const idOf = (name: string) => `builder-q${i}-${name}`;
  return (
    <fieldset data-testid={`question-${n}`}>
      <legend>{t('surveyDesk.question', { n })}</legend>
      <Field id={idOf('kind')} label={t('surveyDesk.kind')}>
        {(aria) => (
          <select {...aria} {...form.register(`questions.${i}.kind`)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {label('surveyDesk.kind', k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={idOf('textTh')} label={`${t('surveyDesk.textTh')} ${t('common.required')}`} problem={problemAt(`questions.${i}.textTh`)}>
        {(aria) => <input {...aria} {...form.register(`questions.${i}.textTh`)} type="text" />}
      </Field>
      <Field id={idOf('textEn')} label={`${t('surveyDesk.textEn')} ${t('common.optional')}`} problem={problemAt(`questions.${i}.textEn`)}>
        {(aria) => <input {...aria} {...form.register(`questions.${i}.textEn`)} type="text" />}
      </Field>
      {isChoice(kind) ? (
        <Field
          id={idOf('options')}
          label={`${t('surveyDesk.options')} ${t('common.required')}`}
          hint={t('surveyDesk.optionsHint')}
          problem={problemAt(`questions.${i}.options`)}
        >
          {(aria) => <textarea {...aria} {...form.register(`questions.${i}.options`)} />}
        </Field>
      ) : null}
      <label className="choice">
        <input type="checkbox" {...form.register(`questions.${i}.required`)} />
        <span>{t('surveyDesk.requiredAnswer')}</span>
      </label>
      {onRemove ? (
        <p>
          <button type="button" className="button-secondary" onClick={onRemove}>
            {t('surveyDesk.removeQuestion', { n })}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
