import { Fragment } from 'react';
import type { FieldSpec, FormValues } from '../../components/SpecForm';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';

/**
 * A 1–5 choice for each criterion of a rating by code (a supervision visit, a training): named as
 * the API's input (`ratings.<criterion>`), so its problem stands beside the choice.
 */
export function useRatingFields(prefix: string, criteria: readonly string[]): FieldSpec[] {
  const { t, label } = useI18n();
  const options = [
    { value: '', label: t('rating.choose') },
    ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: label('rating', String(n)) })),
  ];
  return criteria.map((criterion) => ({
    name: criterion,
    label: `${prefix}.${criterion}` as MessageKey,
    kind: 'select',
    options,
    required: true,
  }));
}

/** The chosen scores as the API's ratings input. */
export function ratingsOf<C extends string>(criteria: readonly C[], values: FormValues): Record<C, number> {
  return Object.fromEntries(criteria.map((c) => [c, Number(values[c])])) as Record<C, number>;
}

/** Mean (or one) scores out of 5, each with its criterion; "not rated yet" before the first. */
export function RatingFacts<C extends string>({
  prefix,
  criteria,
  ratings,
  testId,
}: {
  prefix: string;
  criteria: readonly C[];
  ratings: Partial<Record<C, number | null>> | null | undefined;
  testId?: string;
}) {
  const { t, format } = useI18n();
  if (!ratings || criteria.every((c) => ratings[c] == null)) return <p className="meta">{t('rating.none')}</p>;
  return (
    <dl className="facts" data-testid={testId}>
      {criteria.map((c) => (
        <Fragment key={c}>
          <dt>{t(`${prefix}.${c}` as MessageKey)}</dt>
          <dd>{ratings[c] == null ? t('common.dash') : t('rating.outOf5', { score: format.number(ratings[c]!, 2) })}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
