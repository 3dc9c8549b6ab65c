import { Fragment, type ReactNode } from 'react';

export interface TrackingFact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** What someone following a request by its code sees first: the code, then the facts (status first). */
export function TrackingSummary({
  code,
  testId,
  facts,
  children,
}: {
  code: string;
  testId: string;
  facts: readonly TrackingFact[];
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <h2 id={`${testId}-heading`}>
        <span className="case-code">{code}</span>
      </h2>
      <dl className="facts">
        {facts.map((fact) => (
          <Fragment key={fact.label}>
            <dt>{fact.label}</dt>
            <dd data-testid={fact.testId}>{fact.value}</dd>
          </Fragment>
        ))}
      </dl>
      {children}
    </section>
  );
}
