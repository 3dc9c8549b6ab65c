import { useQuery } from '../../api/use-query';
import { OutcomesPageDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { TakePartFrame } from './TakePartFrame';

const RECORD_PATH: Record<string, string | undefined> = { CONSULTATION: 'consultations', SURVEY: 'surveys' };

/** "You said, we did": what the unit changed, its progress, and the records it answers (linked where public). */
export function OutcomesPage({ code }: { code: string }) {
  const { t, pick, label, format } = useI18n();
  const { data, problems, loading, reload } = useQuery(OutcomesPageDocument, { code });
  const unit = data?.unit;
  return (
    <TakePartFrame
      loading={loading}
      problems={problems}
      reload={reload}
      unit={unit}
      titleTh={unit ? `${t('unit.outcomes')}: ${unit.nameTh}` : undefined}
      titleEn={unit ? `${t('unit.outcomes')}: ${unit.nameEn ?? unit.nameTh}` : undefined}
    >
      <p>{t('unit.outcomesHint')}</p>
      {!unit?.outcomes?.nodes.length ? (
        <p>{t('unit.nothingOpen')}</p>
      ) : (
        <ul className="cards">
          {unit.outcomes.nodes.map((outcome) => (
            <li key={outcome.id} className="card">
              <article aria-labelledby={`outcome-${outcome.id}`}>
                <h2 id={`outcome-${outcome.id}`} className="h3-size">
                  {pick(outcome.topicTh, outcome.topicEn)}
                </h2>
                <p className="badges">
                  <span className="badge">{label('status', outcome.status)}</span>
                </p>
                <dl className="facts">
                  <dt>{t('take.outcomeParticipants')}</dt>
                  <dd>{outcome.participantsTh}</dd>
                  <dt>{t('unit.outcomeResults')}</dt>
                  <dd>{outcome.resultsTh}</dd>
                  <dt>{t('unit.outcomeImprovement')}</dt>
                  <dd>{pick(outcome.improvementTh, outcome.improvementEn)}</dd>
                </dl>
                {outcome.progress.length ? (
                  <>
                    <h3>{t('take.progress')}</h3>
                    <ol>
                      {outcome.progress.map((step, i) => (
                        <li key={i}>
                          {format.date(step.at)} · {label('status', step.status)} · {step.noteTh}
                        </li>
                      ))}
                    </ol>
                  </>
                ) : null}
                {outcome.links.some(Boolean) ? (
                  <>
                    <h3>{t('take.linked')}</h3>
                    <ul>
                      {outcome.links.map((link) => {
                        if (!link) return null;
                        const path = RECORD_PATH[link.kind];
                        return (
                          <li key={`${link.kind}-${link.id}`}>
                            {path ? (
                              <Link to={`/units/${encodeURIComponent(link.unitCode)}/${path}/${encodeURIComponent(link.id)}`}>
                                {link.titleTh}
                              </Link>
                            ) : (
                              link.titleTh
                            )}{' '}
                            <span className="badge">{label('status', link.status)}</span>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </TakePartFrame>
  );
}
