import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Problem } from '../api/problems';
import { ANALYST_EXAMPLES, explorerLink } from '../analyst/examples';
import { runQuery, type RunProgress } from '../analyst/run-query';
import { DataTable } from '../components/DataTable';
import { ProblemNotice } from '../components/ProblemNotice';
import { listsIn, tableOf } from '../csv';
import { useI18n } from '../i18n/i18n';

/**
 * The analyst's explorer: runs an example query across units (or a pasted one) as the signed-in
 * person and shows every list in the answer as a table that downloads as CSV.
 */
export function AnalystPage() {
  const { t, pick } = useI18n();
  const { register, handleSubmit, setValue, watch } = useForm({ defaultValues: { query: ANALYST_EXAMPLES[0]!.query } });
  const query = watch('query');
  const [result, setResult] = useState<{ data: unknown; problems: Problem[] } | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async (query: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setResult(null);
    setProgress(null);
    try {
      setResult(await runQuery(query, setProgress, controller.signal));
    } catch {
      // Aborted by a newer run.
    } finally {
      if (abort.current === controller) setRunning(false);
    }
  };
  const lists = result ? listsIn(result.data) : [];

  return (
    <>
      <h1>{t('analyst.title')}</h1>
      <p className="lead">{t('analyst.lead')}</p>
      <section aria-labelledby="analyst-examples">
        <h2 id="analyst-examples">{t('analyst.examples')}</h2>
        <ul className="examples">
          {ANALYST_EXAMPLES.map((example) => (
            <li key={example.id}>
              <span>{pick(example.titleTh, example.titleEn)}</span>{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => setValue('query', example.query)}
                aria-label={t('analyst.useWhat', { what: pick(example.titleTh, example.titleEn) })}
              >
                {t('analyst.use')}
              </button>{' '}
              <a href={explorerLink(example.query)} aria-label={t('analyst.openWhat', { what: pick(example.titleTh, example.titleEn) })}>
                {t('analyst.open')}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <form className="analyst-form" onSubmit={handleSubmit(({ query }) => run(query))}>
        <div className="field">
          <label htmlFor="analyst-query">{t('analyst.query')}</label>
          <span className="hint" id="analyst-query-hint">
            {t('analyst.queryHint')}
          </span>
          <textarea id="analyst-query" className="code" aria-describedby="analyst-query-hint" {...register('query')} spellCheck={false} />
        </div>
        <button type="submit" className="button-primary" disabled={running || !query.trim()}>
          {t('analyst.run')}
        </button>
      </form>
      <p role="status" data-testid="analyst-progress">
        {progress
          ? t(running ? 'analyst.loading' : 'analyst.loaded', { pages: progress.pages, rows: progress.rows })
          : running
            ? t('common.loading')
            : null}
      </p>
      {result ? <ProblemNotice problems={result.problems} /> : null}
      {result && lists.length === 0 && result.data ? <p className="notice">{t('analyst.noList')}</p> : null}
      {lists.map((list, i) => {
        const table = tableOf(list.items);
        const id = `analyst-list-${i}`;
        return (
          <section key={list.path}>
            <h2 id={id}>{t('analyst.list', { path: list.path, n: list.items.length })}</h2>
            <DataTable headingId={id} what={list.path} fileName={`analyst-${list.path}`} header={table.columns} rows={table.rows} />
          </section>
        );
      })}
    </>
  );
}
