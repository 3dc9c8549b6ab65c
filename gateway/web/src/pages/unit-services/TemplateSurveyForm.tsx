import { useState } from 'react';
import type { Problem } from '../../api/problems';
import { SpecForm, toDateTime, type FieldSpec } from '../../components/SpecForm';
import type { MessageKey } from '../../i18n/dictionary';
import { fiscalYearOf } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { refuse, wholeNumberOf } from './desk-send';

/** When a template survey is open, and the fiscal year it is for when it has one. */
export interface SurveyWindow {
  opensAt: string;
  closesAt: string;
  fiscalYear?: number;
}

/** The survey the API opened. */
interface OpenedSurvey {
  id: string;
  titleTh: string;
}

const WINDOW: readonly FieldSpec[] = [
  { name: 'opensAt', label: 'desk.opensAt', kind: 'datetime', required: true },
  { name: 'closesAt', label: 'desk.closesAt', kind: 'datetime', required: true },
];

/**
 * Opens one of a unit's template surveys (the questions are the unit's own, staff choose only when
 * it is open, and the fiscal year where it has one), then links to it on the public side.
 * `open` sends the unit's mutation and hands the opened survey to `opened`.
 */
export function TemplateSurveyForm(props: {
  id: string;
  unitCode: string;
  title: MessageKey;
  submitLabel: MessageKey;
  perFiscalYear?: boolean;
  open(window: SurveyWindow, opened: (survey: OpenedSurvey) => void): Promise<{ problems: Problem[]; done: MessageKey | null }>;
}) {
  const { t } = useI18n();
  const { id, unitCode, title, submitLabel, perFiscalYear = false, open } = props;
  const [opened, setOpened] = useState<OpenedSurvey | null>(null);
  const fields: readonly FieldSpec[] = perFiscalYear
    ? [
        { name: 'fiscalYear', label: 'dash.fiscalYear', kind: 'number', initial: String(fiscalYearOf(new Date())), required: true },
        ...WINDOW,
      ]
    : WINDOW;
  return (
    <>
      <SpecForm
        id={id}
        title={title}
        fields={fields}
        submitLabel={submitLabel}
        onSubmit={(values) => {
          const fiscalYear = perFiscalYear ? wholeNumberOf(values.fiscalYear) : undefined;
          if (fiscalYear === null) return refuse('fiscalYear', 'finance.err.fiscalYear');
          const window = { opensAt: toDateTime(values.opensAt)!, closesAt: toDateTime(values.closesAt)! };
          return open(fiscalYear === undefined ? window : { ...window, fiscalYear }, setOpened);
        }}
      />
      {opened ? (
        <p data-testid={`${id}-opened`}>
          <Link to={`/units/${unitCode}/surveys/${opened.id}`}>{t('templateSurvey.seePublic', { title: opened.titleTh })}</Link>
        </p>
      ) : null}
    </>
  );
}
