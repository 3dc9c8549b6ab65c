import { useI18n } from '../i18n/i18n';

/** Codes the API just issued, shown this once: a numbered list to print or copy, with what to do with them. */
export function IssuedCodes({ codes, keep, testId }: { codes: readonly string[]; keep: string; testId: string }) {
  const { t } = useI18n();
  if (codes.length === 0) return null;
  return (
    <div className="notice">
      <p>{keep}</p>
      <ol className="codes" data-testid={testId}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button-secondary" onClick={() => window.print()}>
        {t('codes.print')}
      </button>
    </div>
  );
}
