import { useQuery } from '../../api/use-query';
import { Loading, ProblemNotice } from '../../components/ProblemNotice';
import { PartnerProfileDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AgreementsTable, PartnerFacts } from './partner-parts';

/** One partner of the office's register, for anyone: the organisation and its MOUs (no personal data). */
export function PartnerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, problems, loading, reload } = useQuery(PartnerProfileDocument, { id });
  const partner = data?.partner;
  return (
    <>
      <ProblemNotice problems={problems} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data && !partner ? (
        <>
          <h1>{t('partner.pageTitle')}</h1>
          <p role="status" data-testid="partner-not-found">
            {t('partner.notFound')}
          </p>
        </>
      ) : null}
      {partner ? (
        <article aria-labelledby="partner-heading" data-testid="partner">
          <h1 id="partner-heading">{partner.nameTh}</h1>
          {partner.nameEn ? (
            <p className="lead" lang="en">
              {partner.nameEn}
            </p>
          ) : null}
          <p className="meta">{t('partner.lead')}</p>
          <PartnerFacts partner={partner} />
          <h2>{t('partner.agreements')}</h2>
          <AgreementsTable partner={partner} />
        </article>
      ) : null}
    </>
  );
}
