import { useEffect, useState } from 'react';
import { OFFICE_UNITS, unitByCode } from '../api/units';
import { FiscalYearSelect, useFiscalYearParam } from '../components/FiscalYearSelect';
import { Loading, ProblemNotice } from '../components/ProblemNotice';
import { EvidenceSections } from '../evidence/EvidenceSections';
import { loadEvidence, type Evidence, type Progress } from '../evidence/load-evidence';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';

const ALL = 'ALL';

/**
 * The ITA evidence pack (หลักฐานประกอบการประเมิน ITA) of one unit or the whole office for a fiscal
 * year: activities and their participants, "you said, we did", complaint figures and the
 * complaint-handling guideline. Prints on A4; every table downloads as CSV.
 */
export function EvidencePage() {
  const { t, pick, format } = useI18n();
  const { search } = useLocation();
  const fiscalYear = useFiscalYearParam();
  const asked = unitByCode(search.get('unit') ?? '');
  const unitCode = asked?.code ?? ALL;
  const [evidence, setEvidence] = useState<Evidence | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setEvidence(null);
    setProgress(null);
    const units = unitCode === ALL ? OFFICE_UNITS : OFFICE_UNITS.filter((u) => u.code === unitCode);
    loadEvidence(units, fiscalYear, setProgress, controller.signal)
      .then(setEvidence)
      .catch(() => {
        // Aborted: another unit or year was chosen.
      });
    return () => controller.abort();
  }, [unitCode, fiscalYear, round]);

  const go = (unit: string, year: number) => navigate(`/evidence?unit=${unit}&fy=${year}`, { replace: true });
  const scope = asked ? pick(asked.nameTh, asked.nameEn) : t('evidence.wholeOffice');

  return (
    <>
      <h1>{t('evidence.title')}</h1>
      <p className="lead" data-testid="evidence-scope">
        {t('evidence.scope', { unit: scope, year: fiscalYear })}
      </p>
      <p className="meta">{t('evidence.prepared', { date: format.date(new Date()) })}</p>
      <div className="toolbar no-print">
        <div className="field">
          <label htmlFor="evidence-unit">{t('dash.unit')}</label>
          <select id="evidence-unit" value={unitCode} onChange={(e) => go(e.target.value, fiscalYear)}>
            <option value={ALL}>{t('evidence.wholeOffice')}</option>
            {OFFICE_UNITS.map((u) => (
              <option key={u.code} value={u.code}>
                {pick(u.nameTh, u.nameEn)}
              </option>
            ))}
          </select>
        </div>
        <FiscalYearSelect id="evidence-fy" value={fiscalYear} onChange={(year) => go(unitCode, year)} />
        <button type="button" className="button-primary" onClick={() => window.print()} disabled={!evidence}>
          {t('evidence.print')}
        </button>
      </div>
      <div className="no-print" role="status" data-testid="evidence-progress">
        {progress && !evidence ? (
          <>
            <progress max={Math.max(progress.total, 1)} value={progress.loaded} aria-label={t('evidence.loadingActivities')} />{' '}
            {t('evidence.loaded', { n: progress.loaded, total: progress.total })}
          </>
        ) : evidence ? (
          t('evidence.done', { n: evidence.units.reduce((n, u) => n + u.activities.length, 0) })
        ) : null}
      </div>
      {!progress && !evidence ? <Loading /> : null}
      {evidence ? (
        <>
          <ProblemNotice problems={evidence.problems} onRetry={() => setRound((n) => n + 1)} />
          <EvidenceSections units={evidence.units} office={!asked} filePrefix={`ita-${unitCode}-${fiscalYear}`} />
        </>
      ) : null}
    </>
  );
}
