import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface ReceiptCode {
  label: string;
  value: string;
  testId: string;
}

/**
 * What a person keeps after sending something: the codes (large, easy to copy), when it was
 * received, what to do with them, and the links onward. The heading takes the focus so screen
 * readers announce it.
 */
export function Receipt(props: {
  title: string;
  codes: readonly ReceiptCode[];
  receivedAt: string;
  keep: string;
  /** The way on: e.g. following what was sent. */
  children?: ReactNode;
  /** A button to send another one. */
  another: { label: string; onClick(): void };
}) {
  const { title, codes, receivedAt, keep, children, another } = props;
  const { t, format } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice" aria-labelledby="receipt-heading" data-testid="receipt">
      <h2 id="receipt-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {codes.map((code) => (
        <p key={code.testId}>
          {code.label}:{' '}
          <output className="case-code" data-testid={code.testId}>
            {code.value}
          </output>
        </p>
      ))}
      <p>{keep}</p>
      <dl className="facts">
        <dt>{t('receipt.received')}</dt>
        <dd>{format.dateTime(receivedAt)}</dd>
      </dl>
      {children}
      <button type="button" className="button-secondary" onClick={another.onClick}>
        {another.label}
      </button>
    </section>
  );
}
