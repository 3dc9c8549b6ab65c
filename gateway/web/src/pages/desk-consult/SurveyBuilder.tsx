import { useState, type FormEvent } from 'react';
import type { Problem } from '../../api/problems';
import { forUnit } from '../../api/unit-operation';
import { ActionOutcome, Field } from '../../components/FormParts';
import { toDateTime } from '../../components/SpecForm';
import { StaffCreateSurveyDocument, type SurveyEligibility, type SurveyQuestionKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';
import { formProblem } from '../../components/use-api-form';
import { listOf, orNull, sendForm } from '../unit-services/desk-send';

/** Every kind of question the API takes (SurveyQuestionKind). */
const KINDS: readonly SurveyQuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'FREE_TEXT'];
const isChoice = (kind: SurveyQuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

interface DraftQuestion {
  /** The form's own key for the question (stays when others are removed). */
  key: number;
  kind: SurveyQuestionKind;
  textTh: string;
  textEn: string;
  required: boolean;
  /** One option a line, "Thai | English". */
  options: string;
}

const TOP_FIELDS = ['titleTh', 'titleEn', 'descriptionTh', 'opensAt', 'closesAt'] as const;
type Top = Record<(typeof TOP_FIELDS)[number], string>;
const EMPTY_TOP: Top = { titleTh: '', titleEn: '', descriptionTh: '', opensAt: '', closesAt: '' };
let nextKey = 1;
const newQuestion = (): DraftQuestion => ({ key: nextKey++, kind: 'SINGLE_CHOICE', textTh: '', textEn: '', required: true, options: '' });

/**
 * Where the API's problem belongs: `questions[2].options[0].labelTh` beside question 3's options,
 * `titleTh` beside the title; anything else above the button.
 */
function placeOf(problem: Problem): string | null {
  const field = problem.field ?? '';
  const inQuestion = /^questions\[(\d+)\]\.(textTh|textEn|options)/.exec(field);
  if (inQuestion) return `q${inQuestion[1]}-${inQuestion[2]}`;
  return (TOP_FIELDS as readonly string[]).includes(field) ? field : null;
}

/** The survey builder: title, window, who may answer, and 1–100 questions of any kind, in order. */
export function SurveyBuilder({ slug, created }: { slug: string; created(): void }) {
  const { t, label } = useI18n();
  const [top, setTop] = useState<Top>(EMPTY_TOP);
  const [eligibility, setEligibility] = useState<SurveyEligibility>('OPEN');
  const [anonymous, setAnonymous] = useState(true);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() => [newQuestion()]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [sending, setSending] = useState(false);
  const placed = new Map<string, Problem>();
  const rest: Problem[] = [];
  for (const p of problems) {
    const place = placeOf(p);
    if (place && !placed.has(place)) placed.set(place, p);
    else rest.push(p);
  }
  const change = (key: number, patch: Partial<DraftQuestion>) =>
    setQuestions((all) => all.map((q) => (q.key === key ? { ...q, ...patch } : q)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setDone(null);
    // What is plainly missing is said here; the API checks the rest (option counts, lengths, the window).
    const missing = [
      ...(['titleTh', 'opensAt', 'closesAt'] as const).filter((f) => !top[f].trim()).map((f) => formProblem(f, 'desk.required')),
      ...questions.flatMap((q, i) => (q.textTh.trim() ? [] : [formProblem(`questions[${i}].textTh`, 'desk.required')])),
    ];
    if (missing.length) {
      setProblems(missing);
      document.getElementById(inputId(placeOf(missing[0]!)!))?.focus();
      return;
    }
    setSending(true);
    const input = {
      titleTh: top.titleTh,
      titleEn: orNull(top.titleEn),
      descriptionTh: orNull(top.descriptionTh),
      opensAt: toDateTime(top.opensAt)!,
      closesAt: toDateTime(top.closesAt)!,
      eligibility,
      anonymous: eligibility === 'OPEN' || anonymous,
      questions: questions.map((q) => ({
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
    };
    const result = await sendForm(forUnit(StaffCreateSurveyDocument, slug), { input }, 'surveyDesk.created', created);
    setSending(false);
    setProblems(result.problems);
    setDone(result.done);
    if (result.done) {
      setTop(EMPTY_TOP);
      setEligibility('OPEN');
      setAnonymous(true);
      setQuestions([newQuestion()]);
    } else {
      const first = result.problems.map(placeOf).find(Boolean);
      if (first) document.getElementById(inputId(first))?.focus();
    }
  };
  const inputId = (place: string) => `builder-${place}`;
  const topField = (name: keyof Top, labelKey: MessageKey, required: boolean, kind: 'text' | 'textarea' | 'datetime' = 'text') => (
    <Field id={inputId(name)} label={`${t(labelKey)} ${required ? t('common.required') : t('common.optional')}`} problem={placed.get(name)}>
      {(aria) =>
        kind === 'textarea' ? (
          <textarea {...aria} value={top[name]} onChange={(e) => setTop((v) => ({ ...v, [name]: e.target.value }))} />
        ) : (
          <input
            {...aria}
            type={kind === 'datetime' ? 'datetime-local' : 'text'}
            value={top[name]}
            onChange={(e) => setTop((v) => ({ ...v, [name]: e.target.value }))}
          />
        )
      }
    </Field>
  );

  return (
    <section aria-labelledby="builder-heading" data-testid="survey-builder">
      <h2 id="builder-heading">{t('surveyDesk.builderTitle')}</h2>
      <form onSubmit={submit} noValidate>
        {topField('titleTh', 'desk.titleTh', true)}
        {topField('titleEn', 'surveyDesk.titleEn', false)}
        {topField('descriptionTh', 'desk.descriptionTh', false, 'textarea')}
        {topField('opensAt', 'desk.opensAt', true, 'datetime')}
        {topField('closesAt', 'desk.closesAt', true, 'datetime')}
        <fieldset>
          <legend>{t('surveyDesk.eligibility')}</legend>
          {(['OPEN', 'LISTED'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="builder-eligibility" checked={eligibility === value} onChange={() => setEligibility(value)} />
              <span>{label('surveyDesk.eligibility', value)}</span>
            </label>
          ))}
          <label className="choice">
            <input
              type="checkbox"
              checked={eligibility === 'OPEN' || anonymous}
              disabled={eligibility === 'OPEN'}
              aria-describedby="builder-anonymous-hint"
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            <span>{t('surveyDesk.anonymous')}</span>
          </label>
          <span id="builder-anonymous-hint" className="hint">
            {t('surveyDesk.anonymousHint')}
          </span>
        </fieldset>
        <h3>{t('surveyDesk.questions')}</h3>
        {questions.map((q, i) => (
          <QuestionFields
            key={q.key}
            question={q}
            n={i + 1}
            idOf={(name) => inputId(`q${i}-${name}`)}
            problemOf={(name) => placed.get(`q${i}-${name}`)}
            onChange={(patch) => change(q.key, patch)}
            onRemove={questions.length > 1 ? () => setQuestions((all) => all.filter((other) => other.key !== q.key)) : undefined}
          />
        ))}
        <p>
          <button type="button" className="button-secondary" onClick={() => setQuestions((all) => [...all, newQuestion()])}>
            {t('surveyDesk.addQuestion')}
          </button>
        </p>
        <button type="submit" className="button-primary" disabled={sending}>
          {sending ? t('form.sending') : t('surveyDesk.create')}
        </button>
      </form>
      <ActionOutcome success={done ? t(done) : null} problems={rest} />
    </section>
  );
}

/** One question of the builder: its kind, its words, whether it must be answered, a choice question's options. */
function QuestionFields(props: {
  question: DraftQuestion;
  n: number;
  idOf(name: string): string;
  problemOf(name: string): Problem | undefined;
  onChange(patch: Partial<DraftQuestion>): void;
  onRemove?: () => void;
}) {
  const { t, label } = useI18n();
  const { question: q, n, idOf, problemOf, onChange, onRemove } = props;
  return (
    <fieldset data-testid={`question-${n}`}>
      <legend>{t('surveyDesk.question', { n })}</legend>
      <Field id={idOf('kind')} label={t('surveyDesk.kind')}>
        {(aria) => (
          <select {...aria} value={q.kind} onChange={(e) => onChange({ kind: e.target.value as SurveyQuestionKind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {label('surveyDesk.kind', kind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={idOf('textTh')} label={`${t('surveyDesk.textTh')} ${t('common.required')}`} problem={problemOf('textTh')}>
        {(aria) => <input {...aria} type="text" value={q.textTh} onChange={(e) => onChange({ textTh: e.target.value })} />}
      </Field>
      <Field id={idOf('textEn')} label={`${t('surveyDesk.textEn')} ${t('common.optional')}`} problem={problemOf('textEn')}>
        {(aria) => <input {...aria} type="text" value={q.textEn} onChange={(e) => onChange({ textEn: e.target.value })} />}
      </Field>
      {isChoice(q.kind) ? (
        <Field
          id={idOf('options')}
          label={`${t('surveyDesk.options')} ${t('common.required')}`}
          hint={t('surveyDesk.optionsHint')}
          problem={problemOf('options')}
        >
          {(aria) => <textarea {...aria} value={q.options} onChange={(e) => onChange({ options: e.target.value })} />}
        </Field>
      ) : null}
      <label className="choice">
        <input type="checkbox" checked={q.required} onChange={(e) => onChange({ required: e.target.checked })} />
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
